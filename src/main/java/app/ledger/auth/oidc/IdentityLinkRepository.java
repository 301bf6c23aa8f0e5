package app.ledger.auth.oidc;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class IdentityLinkRepository implements PanacheRepository<IdentityLink> {

    public Uni<IdentityLink> findBySubject(String issuer, String subject) {
        return find("issuer = ?1 and subject = ?2", issuer, subject).firstResult();
    }

    public Uni<List<IdentityLink>> ofUser(long userId) {
        return list("userId = ?1 order by id", userId);
    }
}
