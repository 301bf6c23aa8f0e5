package app.ledger.report;

import app.ledger.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@SecurityRequirement(name = "jwt")
public class ReportResource {

    private static final String FROM = "First day, YYYY-MM-DD, in the user's calendar (entries carry their own day)";
    private static final String TO = "Last day, included; at most 10 years after from";
    private static final String INTERVAL = "week (starting on the first day of the user's locale), month or year";
    private static final String ACCOUNTS = "Repeatable: only these of the user's accounts; default all";
    private static final String CURRENCY = "Only the accounts in this currency; default every currency apart";

    private final ReportService reports;
    private final NetWorthService netWorth;
    private final CurrentUser currentUser;

    public ReportResource(ReportService reports, NetWorthService netWorth, CurrentUser currentUser) {
        this.reports = reports;
        this.netWorth = netWorth;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/spending")
    @Operation(summary = "What was spent per category, payee or tag in each period, per currency: withdrawals "
            + "less their reversals; transfers between the user's accounts are not spending",
            description = "By payee, payees are grouped regardless of case (as payee suggestions are) and each "
                    + "group shows the payee as written; by tag, an entry with several tags counts in each of "
                    + "their groups, while totals count it once. The group of entries without a category, payee "
                    + "or tag has null there.")
    @APIResponse(responseCode = "200", description = "The spending per group and period",
            content = @Content(schema = @Schema(implementation = SpendingReport.class)))
    @APIResponse(responseCode = "400", description = "A date, the interval, the grouping or an id is not acceptable")
    @APIResponse(responseCode = "404", description = "A named account does not exist for this user")
    public Uni<SpendingReport> spending(@Parameter(description = FROM) @QueryParam("from") String from,
            @Parameter(description = TO) @QueryParam("to") String to,
            @Parameter(description = INTERVAL) @QueryParam("interval") String interval,
            @Parameter(description = "category (the default), payee or tag") @QueryParam("groupBy") String groupBy,
            @Parameter(description = ACCOUNTS) @QueryParam("accountId") List<String> accountIds,
            @Parameter(description = CURRENCY) @QueryParam("currency") String currency) {
        ReportQuery query = ReportQuery.parse(from, to, interval, accountIds, currency);
        SpendingGrouping grouping = ReportQuery.groupBy(groupBy);
        return reports.spending(currentUser.id(), query, grouping);
    }

    @GET
    @Path("/income-expense")
    @Operation(summary = "Income, expense and net in each period, per currency")
    @APIResponse(responseCode = "400", description = "A date, the interval or an id is not acceptable")
    @APIResponse(responseCode = "404", description = "A named account does not exist for this user")
    public Uni<IncomeExpenseReport> incomeExpense(@Parameter(description = FROM) @QueryParam("from") String from,
            @Parameter(description = TO) @QueryParam("to") String to,
            @Parameter(description = INTERVAL) @QueryParam("interval") String interval,
            @Parameter(description = ACCOUNTS) @QueryParam("accountId") List<String> accountIds,
            @Parameter(description = CURRENCY) @QueryParam("currency") String currency) {
        return reports.incomeExpense(currentUser.id(),
                ReportQuery.parse(from, to, interval, accountIds, currency));
    }

    @GET
    @Path("/net-worth")
    @Operation(summary = "The sum of the balances of the user's accounts at the end of each period, per "
            + "currency, and optionally converted into one currency",
            description = "A period's value is the balance at the end of its last day (the last period ends on "
                    + "to). Converted values use the rate in effect on that day for each currency, summed exactly "
                    + "and rounded once, half-even, to the currency's minor digits; where a currency with a "
                    + "balance has no rate, the value is null and missing names the currency.")
    @APIResponse(responseCode = "200", description = "The balances per period",
            content = @Content(schema = @Schema(implementation = NetWorthReport.class)))
    @APIResponse(responseCode = "400", description = "A date, the interval, the currency or an id is not acceptable")
    @APIResponse(responseCode = "404", description = "A named account does not exist for this user")
    public Uni<NetWorthReport> netWorth(@Parameter(description = FROM) @QueryParam("from") String from,
            @Parameter(description = TO) @QueryParam("to") String to,
            @Parameter(description = "day, week (starting on the first day of the user's locale) or month")
            @QueryParam("interval") String interval,
            @Parameter(description = ACCOUNTS) @QueryParam("accountId") List<String> accountIds,
            @Parameter(description = "Also convert the sum into this currency; default no conversion")
            @QueryParam("currency") String currency) {
        return netWorth.netWorth(currentUser.id(), ReportQuery.parse(from, to, interval,
                ReportQuery.BALANCE_INTERVALS, accountIds, currency));
    }
}
