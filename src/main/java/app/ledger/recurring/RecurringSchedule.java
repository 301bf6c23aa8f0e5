package app.ledger.recurring;

import app.ledger.journal.EntryType;
import app.ledger.journal.EntryTypeConverter;
import app.ledger.journal.Tags;
import app.ledger.persistence.EpochDayConverter;
import app.ledger.persistence.InstantMicrosConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A deposit or withdrawal that repeats: what each occurrence posts and when. Only changed columns are written
 * ({@code @DynamicUpdate}), so that an edit of the amount never writes back a {@code next_on} that the
 * scheduler has moved on meanwhile.
 */
@Entity
@DynamicUpdate
@Table(name = "recurring_schedules")
public class RecurringSchedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    public long userId;

    @Column(name = "account_id", nullable = false, updatable = false)
    public long accountId;

    @Convert(converter = EntryTypeConverter.class)
    @Column(nullable = false, updatable = false)
    public EntryType type;

    /** A decimal string, checked against the account's currency. */
    @Column(nullable = false)
    public String amount;

    public String description;

    @Column(name = "category_id")
    public Long categoryId;

    public String payee;

    /** As {@link Tags#encode} writes them. */
    public String tags;

    public String notes;

    @Convert(converter = FrequencyConverter.class)
    @Column(nullable = false)
    public Frequency every;

    @Column(name = "interval_n", nullable = false)
    public int interval;

    @Column(name = "month_day")
    public Integer monthDay;

    /** ISO day of the week, 1 (Monday) to 7. */
    public Integer weekday;

    @Convert(converter = EpochDayConverter.class)
    @Column(name = "start_on", nullable = false)
    public LocalDate startOn;

    @Convert(converter = EpochDayConverter.class)
    @Column(name = "end_on")
    public LocalDate endOn;

    @Column(name = "max_count")
    public Integer count;

    /** The first occurrence not handled yet, or null when none is left. */
    @Convert(converter = EpochDayConverter.class)
    @Column(name = "next_on")
    public LocalDate nextOn;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "paused_at")
    public Instant pausedAt;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public Recurrence recurrence() {
        return new Recurrence(every, interval, monthDay, weekday == null ? null : DayOfWeek.of(weekday), startOn,
                endOn, count);
    }

    public boolean paused() {
        return pausedAt != null;
    }
}
