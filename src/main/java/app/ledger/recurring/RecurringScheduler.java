package app.ledger.recurring;

import app.ledger.auth.AuthService;
import app.ledger.config.LedgerConfig;
import app.ledger.journal.Tags;
import app.ledger.journal.integrity.EntryHash;
import app.ledger.journal.posting.EntryDetails;
import app.ledger.journal.posting.LedgerCommand;
import app.ledger.journal.posting.LedgerWriter;
import app.ledger.journal.posting.PostingResult;
import app.ledger.live.LiveNotices;
import app.ledger.problem.Problem;
import app.ledger.problem.ProblemException;
import app.ledger.support.Periodic;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Posts each occurrence of every active schedule on its date in the owner's time zone, through the ledger
 * writer: at start (the occurrences missed while the service was down) and every
 * {@code ledger.recurring.interval}. Any number of instances may run it at once, each occurrence still
 * becomes at most one entry:
 * <ul>
 * <li>the write carries the Idempotency-Key {@link OccurrenceKey} (schedule, date): a second attempt within
 * 24 hours is answered with the first one's entry instead of writing again;</li>
 * <li>{@link OccurrenceRecorder} inserts the occurrence's row (primary key schedule and date) in the very
 * transaction that appends the entry, and rolls the write back when the row exists: an entry exists exactly
 * when its occurrence is recorded as posted, whenever a second attempt comes;</li>
 * <li>a refused write (it would overdraw the account, its category was archived …) inserts the row as failed
 * with the reason, once: the instance whose insert succeeds sends the {@code recurring-failed} event. It is
 * not tried again; the user may post it by hand;</li>
 * <li>the schedule's {@code next_on} then moves past the date by compare-and-set; a crash before that only
 * makes the next run find the row and move on.</li>
 * </ul>
 * A write that could not be committed at all (the writer busy or stopping, the database failing) records
 * nothing and is tried again on the next run.
 */
@ApplicationScoped
public class RecurringScheduler {

    /** What one run did. */
    public record Run(int posted, int failed, int skipped) {

        Run plus(Outcome outcome) {
            return switch (outcome) {
                case POSTED -> new Run(posted + 1, failed, skipped);
                case FAILED -> new Run(posted, failed + 1, skipped);
                case HANDLED_ELSEWHERE -> new Run(posted, failed, skipped + 1);
                case TRY_AGAIN -> this;
            };
        }
    }

    enum Outcome { POSTED, FAILED, HANDLED_ELSEWHERE, TRY_AGAIN }

    private final RecurringScheduleRepository schedules;
    private final OccurrenceRepository occurrences;
    private final AuthService users;
    private final LedgerWriter writer;
    private final LiveNotices notices;
    private final RecurringClock clock;
    private final Vertx vertx;
    private final Duration interval;
    private final AtomicBoolean running = new AtomicBoolean();

    public RecurringScheduler(RecurringScheduleRepository schedules, OccurrenceRepository occurrences,
            AuthService users, LedgerWriter writer, LiveNotices notices, RecurringClock clock, Vertx vertx,
            LedgerConfig config) {
        this.schedules = schedules;
        this.occurrences = occurrences;
        this.users = users;
        this.writer = writer;
        this.notices = notices;
        this.clock = clock;
        this.vertx = vertx;
        this.interval = config.recurring().interval();
    }

    void schedule(@Observes StartupEvent event) {
        vertx.setTimer(1, id -> Periodic.once(vertx, this::runUnlessRunning).subscribe().with(
                run -> Log.debugf("Recurring entries at start: %s", run),
                failure -> Log.warn("Could not post the recurring entries due at start", failure)));
        Periodic.every(vertx, interval, "post recurring entries", this::runUnlessRunning);
    }

    /** One run now, on a context of its own, even while a timed run is under way (tests race them so). */
    public Uni<Run> runNow() {
        return Periodic.once(vertx, this::run);
    }

    private Uni<Run> runUnlessRunning() {
        if (!running.compareAndSet(false, true)) {
            return Uni.createFrom().item(new Run(0, 0, 0));
        }
        return run().invoke(run -> {
            if (run.posted() + run.failed() + run.skipped() > 0) {
                Log.infof("Recurring entries: %d posted, %d not posted (recorded as failed), %d handled by another "
                        + "run", run.posted(), run.failed(), run.skipped());
            }
        }).eventually(() -> running.set(false));
    }

    private Uni<Run> run() {
        Instant now = clock.now();
        // the furthest calendar date anywhere on earth: no user's today is later
        LocalDate latest = LocalDate.ofInstant(now, ZoneOffset.MAX);
        return Panache.withSession(() -> schedules.due(latest).flatMap(due -> users
                        .timeZones(due.stream().map(s -> s.userId).distinct().toList())
                        .map(zones -> new Due(due, zones))))
                .flatMap(due -> each(due.schedules(), 0, new Run(0, 0, 0), due.zones(), now));
    }

    private record Due(List<RecurringSchedule> schedules, Map<Long, ZoneId> zones) {
    }

    private Uni<Run> each(List<RecurringSchedule> due, int index, Run run, Map<Long, ZoneId> zones, Instant now) {
        if (index == due.size()) {
            return Uni.createFrom().item(run);
        }
        RecurringSchedule schedule = due.get(index);
        LocalDate today = LocalDate.ofInstant(now, zones.getOrDefault(schedule.userId, ZoneOffset.UTC));
        return occurrencesOf(schedule, schedule.nextOn, today, run, now)
                .flatMap(after -> each(due, index + 1, after, zones, now));
    }

    /** Handles the schedule's occurrences from {@code day} up to today, each after the one before. */
    private Uni<Run> occurrencesOf(RecurringSchedule schedule, LocalDate day, LocalDate today, Run run,
            Instant now) {
        if (day == null || day.isAfter(today)) {
            return Uni.createFrom().item(run);
        }
        return handle(schedule, day, now).flatMap(outcome -> {
            if (outcome == Outcome.TRY_AGAIN) {
                return Uni.createFrom().item(run);
            }
            LocalDate next = schedule.recurrence().after(day);
            return Panache.withTransaction(() -> schedules.advance(schedule.id, day, next))
                    .flatMap(moved -> moved ? occurrencesOf(schedule, next, today, run.plus(outcome), now)
                            // moved by another instance or changed by an edit: the next run starts afresh
                            : Uni.createFrom().item(run.plus(outcome)));
        });
    }

    private Uni<Outcome> handle(RecurringSchedule schedule, LocalDate day, Instant now) {
        OccurrenceKey key = new OccurrenceKey(schedule.id, day);
        return occurrences.exists(schedule.id, day).flatMap(done -> done
                ? Uni.createFrom().item(Outcome.HANDLED_ELSEWHERE)
                : writer.submit(new LedgerCommand.Posting(schedule.userId, schedule.accountId, schedule.type,
                                schedule.amount, new EntryDetails(day, schedule.description, schedule.categoryId,
                                        schedule.payee, Tags.decode(schedule.tags), schedule.notes),
                                key.text(), EntryHash.digest("recurring", Long.toString(schedule.id), day.toString())))
                        .flatMap(result -> result instanceof PostingResult.Refused refused
                                ? recordFailed(schedule, day, refused.problem(), now)
                                : Uni.createFrom().item(result instanceof PostingResult.Applied ? Outcome.POSTED
                                        : Outcome.HANDLED_ELSEWHERE))
                        .onFailure().recoverWithItem(failure -> {
                            if (handledAlready(failure)) {
                                return Outcome.HANDLED_ELSEWHERE;
                            }
                            Log.warnf(failure, "Could not post %s of recurring entry %d; trying again on the next run",
                                    day, schedule.id);
                            return Outcome.TRY_AGAIN;
                        }));
    }

    private Uni<Outcome> recordFailed(RecurringSchedule schedule, LocalDate day, ProblemException problem,
            Instant now) {
        return Panache.withTransaction(() -> occurrences.insert(new Occurrence(schedule.id, day,
                        Occurrence.Status.FAILED, null, problem.getMessage(), now)))
                .map(inserted -> {
                    if (!inserted) {
                        return Outcome.HANDLED_ELSEWHERE;
                    }
                    notices.send(schedule.userId, RecurringFailedView.EVENT, new RecurringFailedView(schedule.id, day,
                            schedule.accountId, schedule.type.code(), schedule.amount, schedule.description,
                            Problem.type(problem.slug()), problem.getMessage()));
                    return Outcome.FAILED;
                });
    }

    private static boolean handledAlready(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OccurrenceAlreadyHandledException) {
                return true;
            }
        }
        return false;
    }
}
