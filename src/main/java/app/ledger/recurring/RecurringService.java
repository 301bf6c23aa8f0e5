package app.ledger.recurring;

import app.ledger.account.Account;
import app.ledger.account.AccountAccess;
import app.ledger.account.Permission;
import app.ledger.auth.AuthService;
import app.ledger.category.CategoryRules;
import app.ledger.category.CategoryService;
import app.ledger.config.LedgerConfig;
import app.ledger.journal.EntryType;
import app.ledger.journal.Tags;
import app.ledger.problem.FieldErrors;
import app.ledger.support.PatchBody;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * A user's recurring entries. Every schedule names one of the user's accounts, checked through
 * {@link AccountAccess}; another user's schedule is answered like a missing one. Edits change what future
 * occurrences post; what was posted stays.
 */
@ApplicationScoped
public class RecurringService {

    /** Occurrences shown with one schedule, newest first. */
    static final int RECENT_OCCURRENCES = 20;
    private static final Set<String> CHANGEABLE = Set.of("amount", "description", "categoryId", "payee", "tags",
            "notes", "schedule", "startOn", "endOn", "count");
    private static final Set<String> TIMING = Set.of("schedule", "startOn", "endOn", "count");

    private final RecurringScheduleRepository schedules;
    private final OccurrenceRepository occurrences;
    private final AccountAccess access;
    private final CategoryService categories;
    private final AuthService users;
    private final RecurringClock clock;
    private final ObjectMapper json;
    private final BigDecimal maxAmount;
    private final int maxPerUser;

    public RecurringService(RecurringScheduleRepository schedules, OccurrenceRepository occurrences,
            AccountAccess access, CategoryService categories, AuthService users, RecurringClock clock,
            ObjectMapper json, LedgerConfig config) {
        this.schedules = schedules;
        this.occurrences = occurrences;
        this.access = access;
        this.categories = categories;
        this.users = users;
        this.clock = clock;
        this.json = json;
        this.maxAmount = config.maxAmount();
        this.maxPerUser = config.recurring().maxPerUser();
    }

    @WithSession
    public Uni<List<RecurringView>> list(long userId) {
        return schedules.listOwnedBy(userId)
                .map(list -> list.stream().map(schedule -> RecurringView.of(schedule, null)).toList());
    }

    @WithSession
    public Uni<RecurringView> get(long userId, long id) {
        return owned(userId, id).flatMap(this::withRecent);
    }

    /**
     * The count is checked before the insert without a lock, so on PostgreSQL requests racing each other may
     * pass the limit by a few; it bounds the size of the list, it is no security boundary.
     */
    @WithTransaction
    public Uni<RecurringView> create(long userId, RecurringRequest request) {
        RecurringRequest body = request != null ? request : RecurringRequest.empty();
        FieldErrors errors = new FieldErrors();
        if (body.accountId() == null) {
            errors.add("accountId", "Choose the account the entries go to.");
            RecurringRules.type(body.type(), errors);
            RecurringRules.check(body, null, maxAmount, null, errors);
            errors.throwIfAny();
        }
        return access.require(userId, body.accountId(), Permission.WRITE)
                .flatMap(account -> today(userId).flatMap(today -> {
                    EntryType type = RecurringRules.type(body.type(), errors);
                    RecurringRules.Checked checked = RecurringRules.check(body, currency(account), maxAmount,
                            RecurringRules.earliestStart(today), errors);
                    errors.throwIfAny();
                    return checkCategory(userId, checked.categoryId())
                            .chain(() -> schedules.countOwnedBy(userId))
                            .flatMap(owned -> {
                                if (owned >= maxPerUser) {
                                    throw new TooManyRecurringException(maxPerUser);
                                }
                                RecurringSchedule schedule = new RecurringSchedule();
                                schedule.userId = userId;
                                schedule.accountId = account.id;
                                schedule.type = type;
                                schedule.createdAt = clock.now();
                                apply(schedule, checked);
                                schedule.nextOn = checked.recurrence().firstOnOrAfter(schedule.startOn);
                                return schedules.persist(schedule);
                            });
                }))
                .map(schedule -> RecurringView.of(schedule, List.of()));
    }

    /**
     * Changes the fields the body names. A change of the schedule, {@code startOn}, {@code endOn} or
     * {@code count} applies from the first date of the new timing after the last occurrence handled (none is
     * ever handled twice); setting {@code endOn} clears {@code count} and the other way round.
     */
    @WithTransaction
    public Uni<RecurringView> update(long userId, long id, ObjectNode node) {
        FieldErrors errors = new FieldErrors();
        PatchBody body = PatchBody.of(node, CHANGEABLE, errors);
        return owned(userId, id).flatMap(schedule -> access.require(userId, schedule.accountId, Permission.WRITE)
                .flatMap(account -> today(userId).flatMap(today -> {
                    RecurringRequest merged = merge(schedule, node, body, errors);
                    LocalDate earliest = body.has("startOn") ? RecurringRules.earliestStart(today) : null;
                    RecurringRules.Checked checked = RecurringRules.check(merged, currency(account), maxAmount,
                            earliest, errors);
                    errors.throwIfAny();
                    Uni<LocalDate> lastHandled = TIMING.stream().anyMatch(body::has)
                            ? occurrences.recent(id, 1).map(recent -> recent.isEmpty() ? null
                                    : recent.get(0).occursOn())
                            : Uni.createFrom().nullItem();
                    return checkCategory(userId, checked.categoryId()).chain(() -> lastHandled).map(last -> {
                        apply(schedule, checked);
                        if (TIMING.stream().anyMatch(body::has)) {
                            LocalDate from = last == null || last.isBefore(schedule.startOn) ? schedule.startOn
                                    : last.plusDays(1);
                            schedule.nextOn = checked.recurrence().firstOnOrAfter(from);
                        }
                        return schedule;
                    });
                })))
                .flatMap(this::withRecent);
    }

    /** Stops the schedule for good; the entries it posted stay. */
    @WithTransaction
    public Uni<Void> delete(long userId, long id) {
        return owned(userId, id).flatMap(schedules::delete);
    }

    /** No occurrence is posted while paused; those that fall in the pause are skipped, not caught up. */
    @WithTransaction
    public Uni<RecurringView> pause(long userId, long id) {
        return owned(userId, id).invoke(schedule -> {
            if (schedule.pausedAt == null) {
                schedule.pausedAt = clock.now();
            }
        }).flatMap(this::withRecent);
    }

    /** Continues with the first occurrence on or after today in the user's time zone. */
    @WithTransaction
    public Uni<RecurringView> resume(long userId, long id) {
        return owned(userId, id).flatMap(schedule -> today(userId).map(today -> {
            if (schedule.pausedAt != null) {
                schedule.pausedAt = null;
                if (schedule.nextOn != null && schedule.nextOn.isBefore(today)) {
                    schedule.nextOn = schedule.recurrence().firstOnOrAfter(today);
                }
            }
            return schedule;
        })).flatMap(this::withRecent);
    }

    /** The next dates the schedule will post (from today on, for a paused one: as if resumed today). */
    @WithSession
    public Uni<UpcomingView> upcoming(long userId, long id, String countText) {
        FieldErrors errors = new FieldErrors();
        int count = RecurringRules.upcomingCount(countText, errors);
        errors.throwIfAny();
        return owned(userId, id).flatMap(schedule -> today(userId).map(today -> {
            LocalDate from = schedule.nextOn;
            if (from != null && schedule.paused() && from.isBefore(today)) {
                from = today;
            }
            List<LocalDate> dates = from == null ? List.of() : schedule.recurrence().upcoming(from, count);
            return new UpcomingView(schedule.id, schedule.paused(), dates);
        }));
    }

    private Uni<RecurringSchedule> owned(long userId, long id) {
        return schedules.findById(id).map(schedule -> {
            if (schedule == null || schedule.userId != userId) {
                throw new RecurringNotFoundException(id);
            }
            return schedule;
        });
    }

    private Uni<RecurringView> withRecent(RecurringSchedule schedule) {
        return occurrences.recent(schedule.id, RECENT_OCCURRENCES)
                .map(recent -> RecurringView.of(schedule, recent));
    }

    private Uni<LocalDate> today(long userId) {
        return users.timeZones(List.of(userId))
                .map(zones -> clock.today(zones.getOrDefault(userId, ZoneOffset.UTC)));
    }

    /** A category the user may choose for new entries: one of theirs, not archived (as the writer checks). */
    private Uni<Void> checkCategory(long userId, Long categoryId) {
        if (categoryId == null) {
            return Uni.createFrom().voidItem();
        }
        return categories.byIds(List.of(categoryId))
                .invoke(found -> CategoryRules.checkChoosable(found.get(categoryId), userId)).replaceWithVoid();
    }

    private RecurringRequest merge(RecurringSchedule schedule, ObjectNode node, PatchBody body, FieldErrors errors) {
        RecurringView now = RecurringView.of(schedule, null);
        ScheduleRequest timing = new ScheduleRequest(schedule.every.code(), schedule.interval, schedule.monthDay,
                now.schedule().weekday());
        if (body.has("schedule")) {
            timing = scheduleOf(node.get("schedule"), errors);
        }
        String endOn = text(schedule.endOn);
        Integer count = schedule.count;
        if (body.has("endOn")) {
            endOn = body.text("endOn");
            if (endOn != null && !body.has("count")) {
                count = null;
            }
        }
        if (body.has("count")) {
            count = countOf(body.id("count"), errors);
            if (count != null && !body.has("endOn")) {
                endOn = null;
            }
        }
        return new RecurringRequest(schedule.accountId, schedule.type.code(),
                body.has("amount") ? body.text("amount") : schedule.amount,
                body.has("description") ? body.text("description") : schedule.description,
                body.has("categoryId") ? body.id("categoryId") : schedule.categoryId,
                body.has("payee") ? body.text("payee") : schedule.payee,
                body.has("tags") ? body.texts("tags") : Tags.decode(schedule.tags),
                body.has("notes") ? body.text("notes") : schedule.notes,
                timing, body.has("startOn") ? body.text("startOn") : text(schedule.startOn), endOn, count);
    }

    private ScheduleRequest scheduleOf(JsonNode node, FieldErrors errors) {
        if (node == null || !node.isObject()) {
            errors.add("schedule", "Send the schedule as {\"every\": …, \"interval\": …}.");
            return null;
        }
        try {
            return json.treeToValue(node, ScheduleRequest.class);
        } catch (Exception wrongTypes) {
            errors.add("schedule", "Send the schedule as {\"every\": \"month\", \"interval\": 1, \"day\"?: 31}.");
            return null;
        }
    }

    private static Integer countOf(Long count, FieldErrors errors) {
        if (count == null) {
            return null;
        }
        if (count < 1 || count > RecurringRules.COUNT_MAX) {
            errors.add("count", "Choose a count of 1 to " + RecurringRules.COUNT_MAX + " occurrences.");
            return null;
        }
        return count.intValue();
    }

    private static void apply(RecurringSchedule schedule, RecurringRules.Checked checked) {
        Recurrence recurrence = checked.recurrence();
        schedule.amount = checked.amount();
        schedule.description = checked.description();
        schedule.categoryId = checked.categoryId();
        schedule.payee = checked.payee();
        schedule.tags = Tags.encode(checked.tags());
        schedule.notes = checked.notes();
        schedule.every = recurrence.every();
        schedule.interval = recurrence.interval();
        schedule.monthDay = recurrence.monthDay();
        schedule.weekday = recurrence.weekday() == null ? null : recurrence.weekday().getValue();
        schedule.startOn = recurrence.startOn();
        schedule.endOn = recurrence.endOn();
        schedule.count = recurrence.count();
    }

    private static Currency currency(Account account) {
        return Currency.getInstance(account.currency);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
