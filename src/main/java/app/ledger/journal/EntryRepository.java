package app.ledger.journal;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class EntryRepository implements PanacheRepository<Entry> {

    /** The account's entries in chain order, after a sequence number. */
    public Uni<List<Entry>> inChainOrder(long accountId, long afterSeq, int size) {
        return find("accountId = ?1 and seq > ?2 order by seq", accountId, afterSeq).page(Page.ofSize(size)).list();
    }
}
