package app.ledger.budget;

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

@Path("/budgets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets")
@SecurityRequirement(name = "jwt")
public class BudgetResource {

    private final BudgetService budgets;
    private final CurrentUser currentUser;

    public BudgetResource(BudgetService budgets, CurrentUser currentUser) {
        this.budgets = budgets;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The user's budgets",
            description = "All of them in one answer: a user has at most ledger.budgets.max-per-user.")
    public Uni<List<BudgetView>> list() {
        return budgets.list(currentUser.id());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a monthly budget",
            description = "{categoryId, amount, currency, period?: \"month\"}: a limit on what is spent each month "
                    + "in one of the user's expense categories and its sub-categories, over the user's accounts in "
                    + "the currency. One budget per category and currency.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid field (such as an income or archived category); "
            + "nothing was created")
    @APIResponse(responseCode = "404", description = "No such category for this user")
    @APIResponse(responseCode = "409", description = "A budget for this category and currency exists already, or "
            + "the user has as many budgets as allowed")
    public Uni<RestResponse<BudgetView>> create(BudgetRequest request) {
        return budgets.create(currentUser.id(), request)
                .map(view -> RestResponse.ResponseBuilder
                        .<BudgetView>created(URI.create("/budgets/" + view.id())).entity(view).build());
    }

    @GET
    @Path("/status")
    @Operation(summary = "How each budget stands in a month",
            description = "month=YYYY-MM, by default this month in the user's time zone. Per budget: limit, spent "
                    + "(the month's expense in its category and sub-categories, reversals taken back, over the "
                    + "user's accounts in its currency), remaining (negative when overspent) and percent "
                    + "(spent / limit × 100, rounded down to one decimal).")
    @APIResponse(responseCode = "400", description = "month is not YYYY-MM")
    public Uni<BudgetStatusView> status(@QueryParam("month") String month) {
        return budgets.status(currentUser.id(), month);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One budget")
    @APIResponse(responseCode = "404", description = "No such budget for this user")
    public Uni<BudgetView> get(@PathParam("id") long id) {
        return budgets.get(currentUser.id(), id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the limit or the category",
            description = "Fields: amount, categoryId. The currency cannot change. After a change, 80 % and 100 % "
                    + "of the new limit are sent again when reached.")
    @APIResponse(responseCode = "400", description = "Invalid field; nothing changed")
    @APIResponse(responseCode = "404", description = "No such budget, or category, for this user")
    @APIResponse(responseCode = "409", description = "A budget for that category and currency exists already")
    public Uni<BudgetView> update(@PathParam("id") long id, ObjectNode body) {
        return budgets.update(currentUser.id(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a budget; entries stay as they are")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such budget for this user")
    public Uni<RestResponse<Void>> delete(@PathParam("id") long id) {
        return budgets.delete(currentUser.id(), id).map(ignored -> RestResponse.noContent());
    }
}
