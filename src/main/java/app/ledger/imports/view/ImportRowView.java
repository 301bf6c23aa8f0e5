package app.ledger.imports.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * One row of an import. {@code amount} is a signed decimal string in {@code currency} (negative: money out).
 * Invalid rows carry only {@code row}, {@code line}, {@code status} and {@code reason}.
 */
@JsonPropertyOrder({"row", "line", "status", "reason", "occurredOn", "amount", "currency", "payee", "description",
        "category", "bankReference", "duplicateOf"})
public record ImportRowView(int row, int line, String status, String reason, LocalDate occurredOn, String amount,
        String currency, String payee, String description, String category, String bankReference,
        DuplicateOfView duplicateOf) {
}
