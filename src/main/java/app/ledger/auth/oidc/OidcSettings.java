package app.ledger.auth.oidc;

import app.ledger.config.LedgerConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code ledger.oidc.*} as the sign-in routes need it; a provider switched on without its settings stops the start. */
@ApplicationScoped
public class OidcSettings {

    private final LedgerConfig.Oidc config;

    public OidcSettings(LedgerConfig config) {
        this.config = config.oidc();
    }

    void check(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (config.issuer().isEmpty()) {
            missing.add("ledger.oidc.issuer");
        }
        if (config.clientId().isEmpty()) {
            missing.add("ledger.oidc.client-id");
        }
        if (config.clientSecret().isEmpty()) {
            missing.add("ledger.oidc.client-secret");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("ledger.oidc.enabled=true needs " + String.join(", ", missing));
        }
    }

    public boolean enabled() {
        return config.enabled();
    }

    public String name() {
        return config.name();
    }

    public boolean passwordLogin() {
        return config.passwordLogin();
    }

    /** Empty: new users may be made as registration allows. */
    public Optional<Boolean> createUsers() {
        return config.createUsers();
    }
}
