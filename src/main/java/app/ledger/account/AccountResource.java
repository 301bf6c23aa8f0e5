package app.ledger.account;

import app.ledger.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/accounts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@SecurityRequirement(name = "jwt")
public class AccountResource {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    public AccountResource(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The logged-in user's accounts with their balances",
            description = "All of them in one answer: a user has at most ledger.accounts.max-per-user accounts.")
    public Uni<List<AccountView>> list() {
        return accounts.list(currentUser.id());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a new account in a currency")
    @APIResponse(responseCode = "201", description = "Account created")
    @APIResponse(responseCode = "400", description = "Invalid name or currency")
    @APIResponse(responseCode = "409", description = "An account with that name exists, or the user has as many "
            + "accounts as allowed (ledger.accounts.max-per-user)")
    public Uni<RestResponse<AccountView>> create(CreateAccountRequest request) {
        return accounts.create(currentUser.id(), request)
                .map(view -> RestResponse.ResponseBuilder.<AccountView>created(URI.create("/accounts/" + view.id()))
                        .entity(view).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One account of the logged-in user")
    @APIResponse(responseCode = "404", description = "No such account for this user")
    public Uni<AccountView> get(@PathParam("id") long id) {
        return accounts.get(currentUser.id(), id);
    }
}
