package app.ledger.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details body. {@code type} is stable: clients may branch on it. {@code errors} names
 * the fields at fault, each with a sentence for the person who filled it in; {@code members} are the
 * problem type's own extension members (such as the balance of an {@code insufficient-funds}), written
 * beside the standard ones.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "errors"})
@RegisterForReflection
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
        @JsonIgnore Map<String, Object> members) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "/problems/";

    public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        this(type, title, status, detail, errors, Map.of());
    }

    public static String type(String slug) {
        return TYPE_BASE + slug;
    }

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return members;
    }
}
