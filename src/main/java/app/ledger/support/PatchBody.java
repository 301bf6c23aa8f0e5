package app.ledger.support;

import app.ledger.problem.FieldErrors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The body of a PATCH request, read field by field so that a field that is absent (leave it as it is) can be
 * told from one that is null (clear it), which a record cannot. Fields the route does not know, and values
 * of the wrong JSON type, are reported as field errors.
 */
public final class PatchBody {

    private final ObjectNode node;
    private final FieldErrors errors;

    private PatchBody(ObjectNode node, FieldErrors errors) {
        this.node = node;
        this.errors = errors;
    }

    /** A missing body counts as an empty object. */
    public static PatchBody of(ObjectNode node, Set<String> known, FieldErrors errors) {
        if (node != null) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!known.contains(name)) {
                    errors.add(name, "This field cannot be changed here.");
                }
            }
        }
        return new PatchBody(node, errors);
    }

    public boolean has(String field) {
        return node != null && node.has(field);
    }

    /** The text, or null when the field is null (or absent). */
    public String text(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(field, "Send a text, or null.");
            return null;
        }
        return value.textValue();
    }

    /** An id, or null when the field is null (or absent). */
    public Long id(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            errors.add(field, "Send a whole number, or null.");
            return null;
        }
        return value.longValue();
    }

    /** true or false; null is not a value here. */
    public Boolean bool(String field) {
        JsonNode value = value(field);
        if (value == null || !value.isBoolean()) {
            errors.add(field, "Send true or false.");
            return null;
        }
        return value.booleanValue();
    }

    /** A list of strings, or null when the field is null (or absent). */
    public List<String> texts(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            errors.add(field, "Send a list of texts, or null.");
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                errors.add(field, "Send a list of texts, or null.");
                return null;
            }
            texts.add(element.textValue());
        }
        return texts;
    }

    private JsonNode value(String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value;
    }
}
