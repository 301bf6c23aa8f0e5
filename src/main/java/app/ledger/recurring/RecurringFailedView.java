package app.ledger.recurring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;

/**
 * The data of the {@code recurring-failed} live event: an occurrence was not posted. {@code problem} is the
 * problem type the writer refused it with (such as {@code /problems/insufficient-funds}), {@code reason} the
 * sentence for people.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@RegisterForReflection
public record RecurringFailedView(long recurringId, LocalDate occursOn, long accountId, String type, String amount,
        String description, String problem, String reason) {

    static final String EVENT = "recurring-failed";
}
