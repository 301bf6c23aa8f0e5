package app.ledger.recurring;

import app.ledger.journal.Tags;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;

/**
 * A recurring entry as the API shows it. {@code nextOn} is the next occurrence to post (null once none is
 * left); {@code recentOccurrences}, newest first, only in the answer about one schedule (null in lists).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@RegisterForReflection
public record RecurringView(long id, long accountId, String type, String amount, String description,
        Long categoryId, String payee, List<String> tags, String notes, ScheduleView schedule, LocalDate startOn,
        LocalDate endOn, Integer count, boolean paused, LocalDate nextOn, List<OccurrenceView> recentOccurrences) {

    static RecurringView of(RecurringSchedule schedule, List<Occurrence> recent) {
        return new RecurringView(schedule.id, schedule.accountId, schedule.type.code(), schedule.amount,
                schedule.description, schedule.categoryId, schedule.payee, Tags.decode(schedule.tags), schedule.notes,
                ScheduleView.of(schedule.recurrence()), schedule.startOn, schedule.endOn, schedule.count,
                schedule.paused(), schedule.nextOn,
                recent == null ? null : recent.stream().map(OccurrenceView::of).toList());
    }
}
