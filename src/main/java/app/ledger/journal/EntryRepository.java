package app.ledger.journal;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Appends entries inside the writer's transaction; reads go through the direct read path. */
@ApplicationScoped
public class EntryRepository implements PanacheRepository<Entry> {
}
