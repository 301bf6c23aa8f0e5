package app.ledger.journal.history;

import app.ledger.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;

@Path("/accounts/{accountId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
@SecurityRequirement(name = "jwt")
public class HistoryResource {

    static final String CSV = "text/csv";

    private final HistoryService history;
    private final CurrentUser currentUser;

    public HistoryResource(HistoryService history, CurrentUser currentUser) {
        this.history = history;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/transactions")
    @Operation(summary = "History, newest first: by the day the money moved, then recording order (or in "
            + "recording order with order=recorded), one page at a time (pass nextCursor back as cursor), each row "
            + "with its running balance in that order")
    public Uni<HistoryPage> history(@PathParam("accountId") long accountId,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @Parameter(description = "occurred (default) or recorded") @QueryParam("order") String order,
            @BeanParam HistoryFilterParams filters) {
        return history.history(currentUser.id(), accountId, HistoryQuery.parse(limit, cursor, order, filters));
    }

    @GET
    @Path("/transactions.csv")
    @Produces(CSV)
    @Operation(summary = "The (filtered) history as CSV, streamed, named after the account and today's date "
            + "(UTC)")
    public RestMulti<String> exportCsv(@PathParam("accountId") long accountId,
            @Parameter(description = "occurred (default) or recorded") @QueryParam("order") String order,
            @BeanParam HistoryFilterParams filters) {
        HistoryQuery query = HistoryQuery.parse(null, null, order, filters);
        return RestMulti.fromUniResponse(history.exportCsv(currentUser.id(), accountId, query), CsvExport::lines,
                export -> Map.of(
                        "Content-Type", List.of(CSV + "; charset=utf-8"),
                        "Content-Disposition", List.of(CsvFileName.contentDisposition(export.accountName(),
                                LocalDate.now(ZoneOffset.UTC)))));
    }
}
