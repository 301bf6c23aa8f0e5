package app.ledger.rate.ecb;

import app.ledger.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(EcbResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exchange rates")
@SecurityRequirement(name = "jwt")
public class EcbResource {

    /** Below the REST root ({@code /api}); its bodies may be larger than other requests' (ledger.rates.ecb.max-bytes). */
    public static final String PATH = "/rates/ecb";

    private final EcbImport imports;
    private final CurrentUser currentUser;

    public EcbResource(EcbImport imports, CurrentUser currentUser) {
        this.imports = imports;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Operation(summary = "Import the ECB's euro reference rates XML into the user's own rates",
            description = "The body is the file as the European Central Bank publishes it: the daily "
                    + "(eurofxref-daily.xml) or a historical one (eurofxref-hist-90d.xml). Its rates are "
                    + "stored as the user's own with source ecb, replacing the user's ECB rates of the same "
                    + "days; they beat published rates and lose to rates the user entered. All or nothing.")
    @APIResponse(responseCode = "200", description = "{days, rates, added, replaced, skipped, first, last}")
    @APIResponse(responseCode = "400", description = "Not well-formed, not the ECB's format, a DOCTYPE or "
            + "entities, or a rate or day out of bounds; the detail names the line. Nothing was stored.")
    @APIResponse(responseCode = "413", description = "Larger than ledger.rates.ecb.max-bytes")
    @RequestBody(required = true, description = "The ECB's eurofxref XML file, as published", content = {
            @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.STRING))})
    public Uni<EcbImportView> importFile(@Context RoutingContext request) {
        // the body was read in full, within ledger.rates.ecb.max-bytes, before the request got here; taken
        // as it is: a byte[] parameter came out as zeros for bodies of some tens of KB read this way
        Buffer body = request.body().buffer();
        return imports.intoUser(currentUser.id(), body == null ? new byte[0] : body.getBytes());
    }
}
