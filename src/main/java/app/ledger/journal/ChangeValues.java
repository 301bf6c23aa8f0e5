package app.ledger.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/** The values of an {@link EntryChange} as stored: JSON, or null for none. */
public final class ChangeValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChangeValues() {
    }

    public static String encode(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode decode(String stored) {
        if (stored == null) {
            return NullNode.getInstance();
        }
        try {
            return JSON.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored change value is not JSON: " + stored, e);
        }
    }
}
