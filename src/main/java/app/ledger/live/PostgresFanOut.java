package app.ledger.live;

import app.ledger.auth.personaltoken.PersonalTokens;
import app.ledger.auth.personaltoken.PersonalTokensRevoked;
import app.ledger.auth.session.SessionEnded;
import app.ledger.auth.session.Sessions;
import app.ledger.journal.posting.CommittedEntry;
import app.ledger.journal.posting.InTransactionPublisher;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Live updates across instances on PostgreSQL. Committed entries go out with NOTIFY from inside the
 * writing transaction, so every instance receives them at commit, in commit order, and never for a
 * rollback; each instance hands what other instances committed to its own {@link LiveHub}. Ended sessions
 * travel the same way, so a logout on one instance ends streams and refuses the session on all of them; so do
 * revoked personal access tokens, which every instance forgets from its memory of verified tokens.
 * (A session opened on one instance needs no notice: another instance reads it from the database the
 * first time a token names it.)
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class PostgresFanOut implements InTransactionPublisher {

    static final String ENTRIES = "ledger_entries";
    static final String SESSIONS_ENDED = "ledger_sessions_ended";
    static final String NOTICES = "ledger_notices";
    static final String TOKENS_REVOKED = "ledger_tokens_revoked";
    /** NOTIFY payloads must stay under 8000 bytes. */
    private static final int MAX_PAYLOAD = 7000;

    private final String instance = UUID.randomUUID().toString();
    private final LiveHub hub;
    private final Sessions sessions;
    private final PersonalTokens personalTokens;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final Pool pool;
    private final PgConnectOptions connectOptions;
    private PgSubscriber subscriber;

    public PostgresFanOut(LiveHub hub, Sessions sessions, PersonalTokens personalTokens, ObjectMapper json, Vertx vertx, Pool pool,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.hub = hub;
        this.sessions = sessions;
        this.personalTokens = personalTokens;
        this.json = json;
        this.vertx = vertx;
        this.pool = pool;
        this.connectOptions = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:") ? url.substring(15) : url)
                .setUser(username).setPassword(password);
    }

    /** The notifications of one transaction, each small enough for NOTIFY. */
    record Notice(String instance, List<CommittedEntry> entries) {
    }

    record SessionEnd(String instance, String sessionId) {
    }

    record NoticeSent(String instance, LiveNotice notice) {
    }

    /** {@code tokenId} null: every token of the user. */
    record TokensRevoked(String instance, long userId, Long tokenId) {
    }

    @Override
    public Uni<Void> publish(List<CommittedEntry> entries) {
        List<String> payloads = new ArrayList<>();
        List<CommittedEntry> chunk = new ArrayList<>();
        for (CommittedEntry entry : entries) {
            chunk.add(entry);
            if (encode(new Notice(instance, chunk)).length() > MAX_PAYLOAD && chunk.size() > 1) {
                chunk.remove(chunk.size() - 1);
                payloads.add(encode(new Notice(instance, List.copyOf(chunk))));
                chunk.clear();
                chunk.add(entry);
            }
        }
        payloads.add(encode(new Notice(instance, chunk)));
        return Multi.createFrom().iterable(payloads)
                // a statement, not a select: native selects would fill Hibernate's query cache
                .onItem().transformToUniAndConcatenate(payload -> Panache.getSession().flatMap(session -> session
                        .createNativeQuery("SELECT pg_notify('" + ENTRIES + "', ?1)")
                        .setParameter(1, payload)
                        .executeUpdate()))
                .collect().last()
                .replaceWithVoid();
    }

    void sessionEnded(@Observes SessionEnded ended) {
        if (!ended.local()) {
            return;
        }
        pool.preparedQuery("SELECT pg_notify($1, $2)")
                .execute(Tuple.of(SESSIONS_ENDED, encode(new SessionEnd(instance, ended.sessionId()))))
                .onFailure(e -> Log.warn("Could not tell other instances that a session ended", e));
    }

    void tokensRevoked(@Observes PersonalTokensRevoked revoked) {
        if (!revoked.local()) {
            return;
        }
        pool.preparedQuery("SELECT pg_notify($1, $2)")
                .execute(Tuple.of(TOKENS_REVOKED,
                        encode(new TokensRevoked(instance, revoked.userId(), revoked.tokenId()))))
                .onFailure(e -> Log.warn("Could not tell other instances that access tokens were revoked", e));
    }

    /** A notice sent on this instance (its own streams have it already) goes to the others. */
    void noticeSent(@Observes LiveNotice notice) {
        pool.preparedQuery("SELECT pg_notify($1, $2)")
                .execute(Tuple.of(NOTICES, encode(new NoticeSent(instance, notice))))
                .onFailure(e -> Log.warn("Could not send a notice to other instances", e));
    }

    void listen(@Observes StartupEvent event) {
        subscriber = PgSubscriber.subscriber(vertx, connectOptions).reconnectPolicy(retries -> 1000L);
        subscriber.channel(ENTRIES).handler(this::onEntries);
        subscriber.channel(SESSIONS_ENDED).handler(this::onSessionEnded);
        subscriber.channel(NOTICES).handler(this::onNotice);
        subscriber.channel(TOKENS_REVOKED).handler(this::onTokensRevoked);
        subscriber.connect().onFailure(e -> Log.error("Cannot listen for other instances' updates", e));
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.close();
        }
    }

    private void onEntries(String payload) {
        try {
            Notice notice = json.readValue(payload, Notice.class);
            if (!instance.equals(notice.instance())) {
                hub.committed(notice.entries());
            }
        } catch (JsonProcessingException e) {
            Log.warn("Ignored a malformed entry notification", e);
        }
    }

    private void onSessionEnded(String payload) {
        try {
            SessionEnd end = json.readValue(payload, SessionEnd.class);
            if (!instance.equals(end.instance())) {
                sessions.endedElsewhere(end.sessionId());
            }
        } catch (JsonProcessingException e) {
            Log.warn("Ignored a malformed session notification", e);
        }
    }

    private void onTokensRevoked(String payload) {
        try {
            TokensRevoked revoked = json.readValue(payload, TokensRevoked.class);
            if (!instance.equals(revoked.instance())) {
                personalTokens.revokedElsewhere(revoked.userId(), revoked.tokenId());
            }
        } catch (JsonProcessingException e) {
            Log.warn("Ignored a malformed token notification", e);
        }
    }

    private void onNotice(String payload) {
        try {
            NoticeSent sent = json.readValue(payload, NoticeSent.class);
            if (!instance.equals(sent.instance())) {
                hub.notice(sent.notice());
            }
        } catch (JsonProcessingException e) {
            Log.warn("Ignored a malformed notice", e);
        }
    }

    private String encode(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
