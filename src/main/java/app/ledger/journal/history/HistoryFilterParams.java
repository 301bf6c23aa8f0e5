package app.ledger.journal.history;

import app.ledger.problem.FieldErrors;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The entry filters as they arrive, shared by the history pages, the CSV export and the search. */
public record HistoryFilterParams(
        @Parameter(description = "deposit, withdrawal, transfer_in, transfer_out; several separated by commas")
        @QueryParam("type") String type,
        @Parameter(description = "A date (YYYY-MM-DD): entries that occurred on or after it; or an ISO-8601 UTC "
                + "time: entries recorded at or after it")
        @QueryParam("from") String from,
        @Parameter(description = "A date (YYYY-MM-DD): entries that occurred on or before it; or an ISO-8601 UTC "
                + "time: entries recorded before it")
        @QueryParam("to") String to,
        @Parameter(description = "Text in the description, payee, notes, tags or category name, regardless of case")
        @QueryParam("q") String q,
        @Parameter(description = "Only entries of this category") @QueryParam("categoryId") String categoryId,
        @Parameter(description = "Only entries with this tag, regardless of case") @QueryParam("tag") String tag,
        @Parameter(description = "Only entries with this payee, regardless of case") @QueryParam("payee")
        String payee,
        @QueryParam("minAmount") String minAmount,
        @QueryParam("maxAmount") String maxAmount) {

    public EntryCriteria criteria(FieldErrors errors) {
        return EntryCriteria.parse(errors, type, from, to, q, categoryId, tag, payee, minAmount, maxAmount);
    }
}
