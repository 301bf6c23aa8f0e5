package app.ledger.recurring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;

/** An occurrence as the API shows it: posted as {@code entryId}, or failed for {@code reason}. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@RegisterForReflection
public record OccurrenceView(LocalDate occursOn, Occurrence.Status status, Long entryId, String reason) {

    static OccurrenceView of(Occurrence occurrence) {
        return new OccurrenceView(occurrence.occursOn(), occurrence.status(), occurrence.entryId(),
                occurrence.reason());
    }
}
