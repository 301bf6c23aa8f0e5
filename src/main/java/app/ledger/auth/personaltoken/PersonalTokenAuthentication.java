package app.ledger.auth.personaltoken;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request that presents a personal access token ({@code Authorization: Bearer ledger_pat_…}). */
public class PersonalTokenAuthentication extends BaseAuthenticationRequest {

    private final String token;

    public PersonalTokenAuthentication(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
