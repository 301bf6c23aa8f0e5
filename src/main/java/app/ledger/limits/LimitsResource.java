package app.ledger.limits;

import app.ledger.auth.CredentialRules;
import app.ledger.config.LedgerConfig;
import app.ledger.journal.EntryLimits;
import app.ledger.journal.history.HistoryQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/limits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Limits")
public class LimitsResource {

    private final LimitsView limits;

    public LimitsResource(LedgerConfig config) {
        this.limits = new LimitsView(EntryLimits.DESCRIPTION_MAX, EntryLimits.CATEGORY_MAX,
                config.maxAmount().toPlainString(), CredentialRules.USERNAME_MIN, CredentialRules.USERNAME_MAX,
                CredentialRules.PASSWORD_MIN, CredentialRules.PASSWORD_MAX, HistoryQuery.MAX_LIMIT,
                HistoryQuery.MAX_TEXT, EntryLimits.PAYEE_MAX, EntryLimits.NOTES_MAX, EntryLimits.TAGS_MAX,
                EntryLimits.TAG_MAX, EntryLimits.EARLIEST_OCCURRED_ON.toString(),
                EntryLimits.OCCURRED_ON_YEARS_AHEAD, config.imports().maxBytes().asLongValue());
    }

    @GET
    @Operation(summary = "Input limits (text lengths, the largest amount) for clients to check before sending")
    public LimitsView limits() {
        return limits;
    }
}
