package app.ledger.journal.correction;

import app.ledger.journal.ChangeValues;
import app.ledger.journal.EntryChange;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * One field changed by one edit: which edit ({@code editId}, also its position in the live stream), when, by
 * which user, and the value before and after, typed as the field is (text, category id, list of tags).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@RegisterForReflection
public record EntryChangeView(long editId, Instant changedAt, long changedBy, String field, JsonNode oldValue,
        JsonNode newValue) {

    static EntryChangeView of(EntryChange change) {
        return new EntryChangeView(change.id.editId(), change.changedAt, change.changedBy, change.id.field(),
                ChangeValues.decode(change.oldValue), ChangeValues.decode(change.newValue));
    }
}
