package app.ledger.journal.payee;

import java.time.LocalDate;

/**
 * One entry of a user starting or ceasing to carry a payee: {@code +1} with the day of the entry when an
 * entry with it is appended or edited to have it, {@code -1} (no day) when an edit takes it away.
 */
public record PayeeUse(long userId, String name, int delta, LocalDate occurredOn) {

    public static PayeeUse added(long userId, String name, LocalDate occurredOn) {
        return new PayeeUse(userId, name, 1, occurredOn);
    }

    public static PayeeUse removed(long userId, String name) {
        return new PayeeUse(userId, name, -1, null);
    }
}
