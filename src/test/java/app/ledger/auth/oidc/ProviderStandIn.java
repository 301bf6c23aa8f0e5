package app.ledger.auth.oidc;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.Map;

/**
 * The identity provider in the tests: Quarkus's WireMock stand-in (discovery, keys, authorization and token
 * endpoints; every sign-in is the user "alice", subject 123456). It also points smallrye.jwt.sign.key.location
 * at its own key, which would sign our session tokens with it: that setting is dropped.
 */
public class ProviderStandIn implements QuarkusTestResourceLifecycleManager {

    /** The subject of every account the stand-in signs in. */
    static final String SUBJECT = "123456";

    private final OidcWiremockTestResource wiremock = new OidcWiremockTestResource();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(wiremock.start());
        config.remove("smallrye.jwt.sign.key.location");
        return config;
    }

    @Override
    public void stop() {
        wiremock.stop();
    }
}
