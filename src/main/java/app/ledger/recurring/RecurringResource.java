package app.ledger.recurring;

import app.ledger.identity.CurrentUser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/recurring")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recurring entries")
@SecurityRequirement(name = "jwt")
public class RecurringResource {

    private final RecurringService recurring;
    private final CurrentUser currentUser;

    public RecurringResource(RecurringService recurring, CurrentUser currentUser) {
        this.recurring = recurring;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The user's recurring entries",
            description = "All of them in one answer: a user has at most ledger.recurring.max-per-user.")
    public Uni<List<RecurringView>> list() {
        return recurring.list(currentUser.id());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a recurring deposit or withdrawal",
            description = "{accountId, type: deposit|withdrawal, amount, description?, categoryId?, payee?, tags?, "
                    + "notes?, schedule: {every: day|week|month|year, interval?, day? (month), weekday? (week)}, "
                    + "startOn, endOn? | count?}. Occurrences from startOn (at most a year back) up to today are "
                    + "posted on the scheduler's next run.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid field; nothing was created")
    @APIResponse(responseCode = "404", description = "No such account for this user")
    @APIResponse(responseCode = "409", description = "The user has as many recurring entries as allowed")
    public Uni<RestResponse<RecurringView>> create(RecurringRequest request) {
        return recurring.create(currentUser.id(), request)
                .map(view -> RestResponse.ResponseBuilder
                        .<RecurringView>created(URI.create("/recurring/" + view.id())).entity(view).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One recurring entry with its latest occurrences (posted or failed, with the reason)")
    @APIResponse(responseCode = "404", description = "No such recurring entry for this user")
    public Uni<RecurringView> get(@PathParam("id") long id) {
        return recurring.get(currentUser.id(), id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change what future occurrences post, or when",
            description = "Fields: amount, description, categoryId, payee, tags, notes, schedule, startOn, endOn, "
                    + "count. Entries already posted stay as they are. accountId and type cannot change.")
    @APIResponse(responseCode = "400", description = "Invalid field; nothing changed")
    @APIResponse(responseCode = "404", description = "No such recurring entry for this user")
    public Uni<RecurringView> update(@PathParam("id") long id, ObjectNode body) {
        return recurring.update(currentUser.id(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop and remove a recurring entry; the entries it posted stay")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such recurring entry for this user")
    public Uni<RestResponse<Void>> delete(@PathParam("id") long id) {
        return recurring.delete(currentUser.id(), id).map(ignored -> RestResponse.noContent());
    }

    @POST
    @Path("/{id}/pause")
    @Operation(summary = "Pause: nothing is posted until it is resumed; dates in the pause are skipped")
    @APIResponse(responseCode = "404", description = "No such recurring entry for this user")
    public Uni<RecurringView> pause(@PathParam("id") long id) {
        return recurring.pause(currentUser.id(), id);
    }

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Resume with the first date on or after today")
    @APIResponse(responseCode = "404", description = "No such recurring entry for this user")
    public Uni<RecurringView> resume(@PathParam("id") long id) {
        return recurring.resume(currentUser.id(), id);
    }

    @GET
    @Path("/{id}/upcoming")
    @Operation(summary = "The next dates it will post (count 1–100, default 10)")
    @APIResponse(responseCode = "400", description = "count out of range")
    @APIResponse(responseCode = "404", description = "No such recurring entry for this user")
    public Uni<UpcomingView> upcoming(@PathParam("id") long id, @QueryParam("count") String count) {
        return recurring.upcoming(currentUser.id(), id, count);
    }
}
