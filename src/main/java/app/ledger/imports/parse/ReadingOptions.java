package app.ledger.imports.parse;

import app.ledger.imports.csv.CsvDialect;
import app.ledger.imports.csv.CsvJson;
import app.ledger.imports.csv.CsvMapping;
import app.ledger.imports.qif.QifDateOrder;
import app.ledger.imports.upload.UploadOptions;
import app.ledger.problem.FieldErrors;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * The options sent with an upload, read: any of them may be null.
 *
 * @param qifDateOrder null to settle it from the file (also for {@code ymd}, which QIF files tell by themselves)
 */
public record ReadingOptions(CsvDialect dialect, CsvMapping mapping, QifDateOrder qifDateOrder, Long profileId) {

    /** The upload's options; a 400 problem naming each one that cannot be read. */
    public static ReadingOptions of(UploadOptions options, ObjectMapper json) {
        FieldErrors errors = new FieldErrors();
        CsvMapping mapping = CsvJson.mapping(json, CsvJson.tree(json, options.mapping(), UploadOptions.MAPPING,
                errors), UploadOptions.MAPPING, errors);
        CsvDialect dialect = CsvJson.dialect(json, CsvJson.tree(json, options.dialect(), UploadOptions.DIALECT,
                errors), UploadOptions.DIALECT, errors);
        QifDateOrder order = null;
        if (options.qifDateOrder() != null) {
            switch (options.qifDateOrder().toLowerCase(Locale.ROOT)) {
                case "dmy" -> order = QifDateOrder.DAY_MONTH;
                case "mdy" -> order = QifDateOrder.MONTH_DAY;
                case "ymd" -> order = null;
                default -> errors.add(UploadOptions.QIF_DATE_ORDER,
                        "The order of QIF dates is dmy (day first), mdy (month first) or ymd (year first).");
            }
        }
        Long profileId = null;
        if (options.profileId() != null) {
            try {
                profileId = Long.parseLong(options.profileId());
            } catch (NumberFormatException e) {
                errors.add(UploadOptions.PROFILE_ID, "The profileId is the number of one of your mapping profiles.");
            }
        }
        errors.throwIfAny();
        return new ReadingOptions(dialect, mapping, order, profileId);
    }
}
