package app.ledger.auth.oidc;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sign-in through the stand-in provider on, password login on, new users as registration allows (open). */
public class ProviderSignInProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("ledger.oidc.enabled", "true");
        config.put("ledger.oidc.issuer", "${keycloak.url}/realms/quarkus/");
        config.put("ledger.oidc.client-id", "quarkus-web-app");
        config.put("ledger.oidc.client-secret", "secret");
        config.put("ledger.oidc.name", "Stand-in");
        // the stand-in answers every code with the same ID token, made before any nonce was sent
        config.put("quarkus.oidc.authentication.nonce-required", "false");
        config.put("quarkus.oidc.token.audience", "https://id.server.example.com");
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ProviderStandIn.class));
    }

    /** As above with password login off and no user made by a first sign-in. */
    public static class ProviderOnly extends ProviderSignInProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            config.put("ledger.oidc.password-login", "false");
            config.put("ledger.oidc.create-users", "false");
            return config;
        }
    }
}
