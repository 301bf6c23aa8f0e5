package app.ledger.imports.csv;

import app.ledger.problem.FieldErrors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and writes a {@link CsvMapping} or {@link CsvDialect} as JSON: the shape the API takes and gives, and
 * the one profiles and imports store. What cannot be read becomes a field error.
 */
public final class CsvJson {

    private CsvJson() {
    }

    public static CsvMapping mapping(ObjectMapper json, JsonNode node, String field, FieldErrors errors) {
        return read(json, node, CsvMapping.class, field, errors,
                "Send the column mapping as an object such as {\"dateColumn\":0,\"dateFormat\":\"dd.MM.yyyy\","
                        + "\"amountColumn\":4}.");
    }

    public static CsvDialect dialect(ObjectMapper json, JsonNode node, String field, FieldErrors errors) {
        return read(json, node, CsvDialect.class, field, errors,
                "Send the dialect as an object such as {\"encoding\":\"UTF-8\",\"delimiter\":\";\","
                        + "\"quote\":\"\\\"\",\"header\":true,\"skipRecords\":0}.");
    }

    /** Null for null or blank text. */
    public static JsonNode tree(ObjectMapper json, String text, String field, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            errors.add(field, "The " + field + " is not JSON.");
            return null;
        }
    }

    public static String write(ObjectMapper json, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored value, or null when there is none. */
    public static <T> T stored(ObjectMapper json, String text, Class<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored " + type.getSimpleName() + " cannot be read", e);
        }
    }

    private static <T> T read(ObjectMapper json, JsonNode node, Class<T> type, String field, FieldErrors errors,
            String hint) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            errors.add(field, hint);
            return null;
        }
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Throwable cause = e.getCause();
            String reason = cause instanceof IllegalArgumentException invalid ? invalid.getMessage() + "." : hint;
            errors.add(field, reason);
            return null;
        }
    }
}
