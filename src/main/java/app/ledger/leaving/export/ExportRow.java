package app.ledger.leaving.export;

import java.util.Map;

/**
 * One object of an export section, with the key that the next page starts after (for sections read a
 * group at a time, the key of its group).
 */
public record ExportRow(Object key, Map<String, Object> fields) {
}
