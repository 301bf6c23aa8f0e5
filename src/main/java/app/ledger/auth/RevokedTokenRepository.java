package app.ledger.auth;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RevokedTokenRepository implements PanacheRepositoryBase<RevokedToken, String> {
}
