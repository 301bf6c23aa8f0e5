package app.ledger.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An event for a user's open streams that is not about an entry (such as {@code recurring-failed}): sent at
 * once to every open stream of the user, on every instance, without an id, and not replayed to a stream
 * that reconnects later.
 */
@RegisterForReflection
public record LiveNotice(long userId, String event, JsonNode data) {
}
