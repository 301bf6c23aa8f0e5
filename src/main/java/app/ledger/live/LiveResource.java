package app.ledger.live;

import app.ledger.identity.CurrentUser;
import app.ledger.problem.InvalidInputException;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/events")
@Authenticated
@Tag(name = "Live updates")
@SecurityRequirement(name = "jwt")
public class LiveResource {

    private final LiveService live;
    private final CurrentUser currentUser;

    public LiveResource(LiveService live, CurrentUser currentUser) {
        this.live = live;
        this.currentUser = currentUser;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The user's entries and balances as they are committed (server-sent events). "
            + "Reconnect with Last-Event-ID to receive what was missed first.")
    public Multi<OutboundSseEvent> events(@Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId,
            @Parameter(description = "For a new EventSource, which cannot send Last-Event-ID itself")
            @QueryParam("lastEventId") String lastEventIdParam) {
        Long resumeAfter = parsePosition(lastEventId != null ? lastEventId : lastEventIdParam);
        var token = currentUser.token();
        return live.open(currentUser.id(), currentUser.sessionId(),
                        Instant.ofEpochSecond(token.getExpirationTime()), resumeAfter)
                .map(event -> event.isHeartbeat() ? sse.newEventBuilder().comment("keep-alive").build()
                        : toSse(sse, event));
    }

    private static OutboundSseEvent toSse(Sse sse, LiveEvent event) {
        OutboundSseEvent.Builder builder = sse.newEventBuilder()
                .name(event.name())
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(event.data());
        if (event.hasPosition()) {
            builder.id(Long.toString(event.position()));
        }
        return builder.build();
    }

    private static Long parsePosition(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            long position = Long.parseLong(lastEventId.trim());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidInputException("Last-Event-ID", "The Last-Event-ID must be the id of an event that a stream "
                + "sent.");
    }
}
