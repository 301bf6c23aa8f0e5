package app.ledger.journal.history;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The history filters as they arrive, shared by the history pages and the CSV export. */
public record HistoryFilterParams(
        @Parameter(description = "deposit, withdrawal, transfer_in, transfer_out; several separated by commas")
        @QueryParam("type") String type,
        @Parameter(description = "ISO-8601 UTC time, inclusive") @QueryParam("from") String from,
        @Parameter(description = "ISO-8601 UTC time, exclusive") @QueryParam("to") String to,
        @Parameter(description = "Text the description contains") @QueryParam("q") String q,
        @QueryParam("minAmount") String minAmount,
        @QueryParam("maxAmount") String maxAmount) {

    HistoryQuery parse(String limit, String cursor) {
        return HistoryQuery.parse(limit, cursor, type, from, to, q, minAmount, maxAmount);
    }
}
