package app.ledger.rate;

/** Body of {@code POST /api/rates}: {@code {date: "YYYY-MM-DD", base: "EUR", quote: "USD", rate: "1.0856"}}. */
public record RateRequest(String date, String base, String quote, String rate) {
}
