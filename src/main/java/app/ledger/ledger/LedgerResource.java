package app.ledger.ledger;

import app.ledger.auth.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;

@Path("/accounts/{accountId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
@SecurityRequirement(name = "jwt")
public class LedgerResource {

    static final String CSV = "text/csv";

    private final LedgerService ledger;
    private final CurrentUser currentUser;

    public LedgerResource(LedgerService ledger, CurrentUser currentUser) {
        this.ledger = ledger;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/deposits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Deposit into an account")
    @APIResponse(responseCode = "201", description = "The new entry and the new balance")
    @APIResponse(responseCode = "400", description = "Invalid amount, description or category")
    @APIResponse(responseCode = "404", description = "No such account for this user")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    public Uni<Response> deposit(@PathParam("accountId") long accountId, PostingRequest request,
            @Parameter(description = "Makes retries safe: the same key within 24 h returns the first answer")
            @HeaderParam(WriteRules.IDEMPOTENCY_HEADER) String idempotencyKey) {
        return ledger.post(currentUser.id(), accountId, EntryType.DEPOSIT, request, idempotencyKey)
                .map(LedgerResource::respond);
    }

    @POST
    @Path("/withdrawals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw from an account; the balance never goes below zero")
    @APIResponse(responseCode = "201", description = "The new entry and the new balance")
    @APIResponse(responseCode = "409", description = "Insufficient funds; nothing was written")
    public Uni<Response> withdraw(@PathParam("accountId") long accountId, PostingRequest request,
            @HeaderParam(WriteRules.IDEMPOTENCY_HEADER) String idempotencyKey) {
        return ledger.post(currentUser.id(), accountId, EntryType.WITHDRAWAL, request, idempotencyKey)
                .map(LedgerResource::respond);
    }

    @GET
    @Path("/transactions")
    @Operation(summary = "History, newest first, one page at a time (pass nextCursor back as cursor)")
    public Uni<HistoryPage> history(@PathParam("accountId") long accountId,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @Parameter(description = "deposit, withdrawal, transfer_in, transfer_out; several separated by commas")
            @QueryParam("type") String type,
            @Parameter(description = "ISO-8601 UTC time, inclusive") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 UTC time, exclusive") @QueryParam("to") String to,
            @Parameter(description = "Text the description contains") @QueryParam("q") String q,
            @QueryParam("minAmount") String minAmount, @QueryParam("maxAmount") String maxAmount) {
        HistoryQuery query = HistoryQuery.parse(limit, cursor, type, from, to, q, minAmount, maxAmount);
        return ledger.history(currentUser.id(), accountId, query);
    }

    @GET
    @Path("/transactions.csv")
    @Produces(CSV)
    @Operation(summary = "The (filtered) history as CSV, streamed")
    public RestMulti<String> exportCsv(@PathParam("accountId") long accountId,
            @QueryParam("type") String type, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("q") String q, @QueryParam("minAmount") String minAmount,
            @QueryParam("maxAmount") String maxAmount) {
        HistoryQuery query = HistoryQuery.parseFilters(type, from, to, q, minAmount, maxAmount);
        return RestMulti.fromUniResponse(ledger.exportCsv(currentUser.id(), accountId, query), rows -> rows,
                rows -> Map.of(
                        "Content-Type", List.of(CSV + "; charset=utf-8"),
                        "Content-Disposition",
                        List.of("attachment; filename=\"account-" + accountId + "-transactions.csv\"")));
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Recompute the hash chain and balance from the entries")
    public Uni<VerificationView> verify(@PathParam("accountId") long accountId) {
        return ledger.verify(currentUser.id(), accountId);
    }

    static Response respond(LedgerResponse response) {
        return Response.status(response.status()).type(MediaType.APPLICATION_JSON).entity(response.body()).build();
    }
}
