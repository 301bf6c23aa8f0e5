package app.ledger.web;

import app.ledger.money.Money;
import app.ledger.problem.InvalidInputException;
import app.ledger.problem.Problem;
import app.ledger.persistence.StorageHealth;
import app.ledger.problem.ProblemException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where failures become RFC 9457 problem responses. No stack trace ever leaves here. */
@ApplicationScoped
public class ProblemMapper {

    private final StorageHealth storage;

    public ProblemMapper(StorageHealth storage) {
        this.storage = storage;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder response = respond(e.toProblem());
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper({JsonParseException.class, JsonProcessingException.class})
    public Response malformedJson(Exception e) {
        return respond(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON.").build();
    }

    @ServerExceptionMapper({MismatchedInputException.class, JsonMappingException.class})
    public Response mismatchedJson(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        if (field.isEmpty()) {
            return respond(400, "malformed-json", "Malformed JSON",
                    "The request body does not have the expected JSON shape.").build();
        }
        // an amount sent as a JSON number (12.34) is the one mistake people make here; say how to write it
        return problem(new InvalidInputException(field, field.toLowerCase(Locale.ROOT).endsWith("amount")
                ? Money.NOT_A_DECIMAL : "This value has the wrong form for this field."));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e) {
        return respond(StandardProblems.UNAUTHORIZED).header("WWW-Authenticate", "Bearer").build();
    }

    /**
     * A redirect that authentication asks for: the identity provider's code flow, back with the code, sends
     * the browser once more to the same address without it.
     */
    @ServerExceptionMapper
    public Response authenticationRedirect(AuthenticationRedirectException e) {
        return Response.status(e.getCode()).header("Location", e.getRedirectUri())
                .header("Cache-Control", "no-store").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, "forbidden", "Forbidden", "This operation is not allowed.").build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        if (status == 400 && causedBy(e, JsonProcessingException.class)) {
            return malformedJson(e);
        }
        Response.ResponseBuilder response = switch (status) {
            case 404 -> respond(StandardProblems.NOT_FOUND);
            case 405 -> respond(405, "method-not-allowed", "Method not allowed",
                    "This address does not accept that HTTP method.");
            case 406 -> respond(406, "not-acceptable", "Not acceptable",
                    "This address cannot answer in the requested media type.");
            case 415 -> respond(StandardProblems.UNSUPPORTED_MEDIA_TYPE);
            case 401 -> respond(StandardProblems.UNAUTHORIZED);
            default -> respond(status, "bad-request", "Bad request", "The request cannot be processed.");
        };
        copyHeader(e.getResponse(), response, "Allow");
        return response.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        if (storage.translate(e) instanceof ProblemException storageProblem) {
            return problem(storageProblem); // a full disk or a damaged file, met outside the ledger writer
        }
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(500, "internal-error", "Internal error",
                "Something went wrong on our side. Incident " + incident + " was logged.").build();
    }

    static Response.ResponseBuilder respond(int status, String slug, String title, String detail) {
        return respond(new Problem(Problem.type(slug), title, status, detail, List.of()));
    }

    static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        String value = from.getHeaderString(name);
        if (value != null) {
            to.header(name, value);
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

}
