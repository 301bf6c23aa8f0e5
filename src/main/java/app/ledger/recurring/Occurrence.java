package app.ledger.recurring;

import java.time.Instant;
import java.time.LocalDate;

/** One occurrence the scheduler handled: posted as {@code entryId}, or failed for {@code reason}. */
public record Occurrence(long scheduleId, LocalDate occursOn, Status status, Long entryId, String reason,
        Instant recordedAt) {

    public enum Status {
        POSTED("posted"), FAILED("failed");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return code;
        }

        static Status of(String code) {
            return code.equals("posted") ? POSTED : FAILED;
        }
    }
}
