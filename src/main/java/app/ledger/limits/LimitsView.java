package app.ledger.limits;

/**
 * The limits a client needs to check input before sending it; each one is defined once, on the server.
 * {@code categoryMaxLength} is the longest category name; an entry's day lies between
 * {@code earliestOccurredOn} and {@code occurredOnYearsAhead} years after today in the user's time zone;
 * {@code importMaxBytes} is the largest statement file ({@code ledger.import.max-bytes}).
 */
public record LimitsView(int descriptionMaxLength, int categoryMaxLength, String maxAmount, int usernameMinLength,
        int usernameMaxLength, int passwordMinLength, int passwordMaxLength, int historyPageMax,
        int searchTextMaxLength, int payeeMaxLength, int notesMaxLength, int tagsMax, int tagMaxLength,
        String earliestOccurredOn, int occurredOnYearsAhead, long importMaxBytes) {
}
