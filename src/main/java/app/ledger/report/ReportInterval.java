package app.ledger.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The calendar period each value of a report covers; days only in the net-worth report. */
public enum ReportInterval {
    DAY("day"),
    WEEK("week"),
    MONTH("month"),
    YEAR("year");

    private final String code;

    ReportInterval(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<ReportInterval> fromCode(String code) {
        return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
    }
}
