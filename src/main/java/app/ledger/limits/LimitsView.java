package app.ledger.limits;

/** The limits a client needs to check input before sending it; each one is defined once, on the server. */
public record LimitsView(int descriptionMaxLength, int categoryMaxLength, String maxAmount, int usernameMinLength,
        int usernameMaxLength, int passwordMinLength, int passwordMaxLength, int historyPageMax,
        int searchTextMaxLength) {
}
