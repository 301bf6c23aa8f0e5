package app.ledger.imports.parse;

import app.ledger.config.LedgerConfig;
import app.ledger.imports.StatementFormatDetector;
import app.ledger.imports.StatementReadOptions;
import app.ledger.imports.StatementReader;
import app.ledger.imports.csv.CsvDialect;
import app.ledger.imports.csv.CsvInspection;
import app.ledger.imports.csv.CsvInspector;
import app.ledger.imports.csv.CsvMapping;
import app.ledger.imports.csv.CsvMappingException;
import app.ledger.imports.profile.ImportProfileNotFoundException;
import app.ledger.imports.profile.ImportProfileRef;
import app.ledger.imports.profile.ImportProfileService;
import app.ledger.imports.profile.ImportProfileView;
import app.ledger.imports.statement.ImportLimits;
import app.ledger.imports.statement.ParseSummary;
import app.ledger.imports.statement.StatementFormat;
import app.ledger.imports.upload.Upload;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Currency;
import java.util.List;

/**
 * Reads an uploaded statement on the {@link ParsePool}: detects its format and, for CSV, its dialect and
 * header; chooses the CSV mapping (the one given, else the profile named, else the user's profile made for
 * this header, else the suggestion); then reads every row. Writes nothing.
 */
@ApplicationScoped
public class StatementReading {

    private final ParsePool pool;
    private final ImportProfileService profiles;
    private final ObjectMapper json;
    private final ImportLimits limits;

    public StatementReading(ParsePool pool, ImportProfileService profiles, ObjectMapper json, LedgerConfig config) {
        this.pool = pool;
        this.profiles = profiles;
        this.json = json;
        this.limits = new ImportLimits(config.imports().maxBytes().asLongValue(), config.imports().maxRows());
    }

    /**
     * @param currency        of amounts in files that name none (CSV, QIF)
     * @param mappingRequired true: a CSV file without a complete mapping is refused with
     *                        {@link CsvMappingNeededException}; false: it is answered without rows
     */
    public Uni<ReadStatement> read(long userId, Upload upload, Currency currency, boolean mappingRequired) {
        ReadingOptions options = ReadingOptions.of(upload.options(), json);
        return namedProfile(userId, options).flatMap(named -> {
            CsvDialect dialect = options.dialect() != null ? options.dialect() : named == null ? null : named.dialect();
            return pool.run(() -> detect(upload, dialect)).flatMap(detected -> {
                if (detected.inspection() == null) {
                    return pool.run(() -> rows(upload, detected.format(), null, null, options, currency));
                }
                return csvReading(userId, upload, options, named, detected.inspection())
                        .flatMap(csv -> readCsv(upload, csv, options, currency, mappingRequired));
            });
        });
    }

    private Uni<ImportProfileView> namedProfile(long userId, ReadingOptions options) {
        if (options.profileId() == null) {
            return Uni.createFrom().nullItem();
        }
        return profiles.find(userId, options.profileId()).map(found -> {
            if (found == null) {
                throw new ImportProfileNotFoundException(options.profileId());
            }
            return found;
        });
    }

    private Detected detect(Upload upload, CsvDialect dialect) {
        StatementFormat format = StatementFormatDetector.detect(upload.source(), limits, upload.fileName(),
                upload.contentType());
        return new Detected(format, format == StatementFormat.CSV
                ? CsvInspector.inspect(upload.source(), limits, dialect) : null);
    }

    private Uni<CsvReading> csvReading(long userId, Upload upload, ReadingOptions options, ImportProfileView named,
            CsvInspection inspection) {
        Uni<ImportProfileView> profile = named != null || options.mapping() != null ? Uni.createFrom().item(named)
                : profiles.forHeader(userId, inspection.headerFingerprint());
        return profile.flatMap(chosen -> {
            boolean otherDialect = options.dialect() == null && named == null && chosen != null
                    && chosen.dialect() != null && !chosen.dialect().equals(inspection.dialect());
            Uni<CsvInspection> inspected = otherDialect
                    ? pool.run(() -> CsvInspector.inspect(upload.source(), limits, chosen.dialect()))
                    : Uni.createFrom().item(inspection);
            return inspected.map(used -> {
                CsvMapping mapping = options.mapping() != null ? options.mapping()
                        : chosen != null ? chosen.mapping() : used.suggestion().mapping();
                ImportProfileRef ref = chosen == null ? null : new ImportProfileRef(chosen.id(), chosen.name());
                return new CsvReading(used, mapping, mapping.problems(CsvReading.columns(used)), ref);
            });
        });
    }

    private Uni<ReadStatement> readCsv(Upload upload, CsvReading csv, ReadingOptions options, Currency currency,
            boolean mappingRequired) {
        if (!csv.complete()) {
            if (mappingRequired) {
                return Uni.createFrom().failure(new CsvMappingNeededException(csv.problems()));
            }
            return Uni.createFrom().item(new ReadStatement(StatementFormat.CSV, csv, null, List.of(), List.of(),
                    List.of()));
        }
        return pool.run(() -> rows(upload, StatementFormat.CSV, csv.inspection().dialect(), csv, options, currency))
                .onFailure(CsvMappingException.class).recoverWithUni(failure -> {
                    List<String> problems = ((CsvMappingException) failure).problems();
                    if (mappingRequired) {
                        return Uni.createFrom().failure(new CsvMappingNeededException(problems));
                    }
                    CsvReading unfit = new CsvReading(csv.inspection(), csv.mapping(), problems, csv.profile());
                    return Uni.createFrom().item(new ReadStatement(StatementFormat.CSV, unfit, null, List.of(),
                            List.of(), List.of()));
                });
    }

    private ReadStatement rows(Upload upload, StatementFormat format, CsvDialect dialect, CsvReading csv,
            ReadingOptions options, Currency currency) {
        CollectingSink sink = new CollectingSink();
        ParseSummary summary = StatementReader.read(upload.source(), format, new StatementReadOptions(limits,
                currency, dialect, csv == null ? null : csv.mapping(), options.qifDateOrder()), sink);
        return new ReadStatement(format, csv, options.qifDateOrder(), sink.rows, sink.headers, summary.notes());
    }

    private record Detected(StatementFormat format, CsvInspection inspection) {
    }
}
