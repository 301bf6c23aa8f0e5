package app.ledger.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** An entry's tags as stored: a JSON array of strings, or null for none. */
public final class Tags {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };

    private Tags() {
    }

    public static String encode(List<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> decode(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(stored, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored tags are not a JSON list of strings: " + stored, e);
        }
    }
}
