package app.ledger.rate.ecb;

import app.ledger.config.LedgerConfig;
import app.ledger.support.Periodic;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * Fetches the published reference rates every {@code ledger.rates.ecb.fetch}, when it is set, the first time
 * a minute after start. Each instance fetches on its own; the rates of a day replace themselves, so several
 * instances on one database store them once.
 */
@ApplicationScoped
public class EcbSchedule {

    static final Duration FIRST_FETCH = Duration.ofMinutes(1);

    private final Vertx vertx;
    private final EcbFetcher fetcher;
    private final EcbImport imports;
    private final LedgerConfig.Ecb config;

    public EcbSchedule(Vertx vertx, EcbFetcher fetcher, EcbImport imports, LedgerConfig config) {
        this.vertx = vertx;
        this.fetcher = fetcher;
        this.imports = imports;
        this.config = config.rates().ecb();
    }

    void start(@Observes StartupEvent started) {
        config.fetch().ifPresent(interval -> {
            Log.infof("Fetching the ECB reference rates from %s every %s", config.url(), interval);
            Periodic.every(vertx, FIRST_FETCH.compareTo(interval) < 0 ? FIRST_FETCH : interval, interval,
                    "fetch the ECB reference rates from " + config.url(), this::fetchNow);
        });
    }

    /** Fetches the file from the configured URL into the published rates. */
    public Uni<EcbImportView> fetchNow() {
        return fetchFrom(config.url());
    }

    /**
     * Runs on a duplicated context of its own, flagged safe, as Hibernate Reactive needs (a timer or a
     * test thread has none).
     */
    Uni<EcbImportView> fetchFrom(String url) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom().emitter(emitter -> context.runOnContext(ignored -> fetchAndStore(url)
                .subscribe().with(emitter::complete, emitter::fail)));
    }

    private Uni<EcbImportView> fetchAndStore(String url) {
        return fetcher.fetch(url).flatMap(imports::intoPublished)
                .invoke(view -> Log.infof("Fetched %d ECB reference rates of %d days (%s to %s), %d new",
                        view.rates(), view.days(), view.first(), view.last(), view.added()));
    }
}
