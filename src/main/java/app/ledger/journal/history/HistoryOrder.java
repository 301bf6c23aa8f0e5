package app.ledger.journal.history;

import app.ledger.problem.FieldErrors;

/** The orders of an account's history, newest first in both. */
public enum HistoryOrder {
    /** By the day the money moved, then recording order (the default). */
    OCCURRED("occurred", PageCursor.OCCURRED),
    /** In recording order, as the hash chain and {@code balanceAfter} have it. */
    RECORDED("recorded", PageCursor.RECORDED);

    private final String code;
    private final char cursorKind;

    HistoryOrder(String code, char cursorKind) {
        this.code = code;
        this.cursorKind = cursorKind;
    }

    char cursorKind() {
        return cursorKind;
    }

    static HistoryOrder parse(String text, FieldErrors errors) {
        if (text == null || text.isEmpty()) {
            return OCCURRED;
        }
        for (HistoryOrder order : values()) {
            if (order.code.equals(text)) {
                return order;
            }
        }
        errors.add("order", "Choose the order occurred (by the day the money moved, the default) or recorded.");
        return OCCURRED;
    }
}
