package app.ledger.leaving.export;

import app.ledger.audit.AuditKind;
import app.ledger.audit.AuditOrigin;
import app.ledger.audit.AuditService;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Everything a user has, as one JSON document written as it is read: each section ({@link ExportSections})
 * is read a page of {@link #PAGE} rows at a time, and each page goes out as one buffer before the next is
 * read (the HTTP layer asks for the next buffer only once the last one was written), so memory stays the same
 * whatever the number of entries. Pages are separate reads: a change made while a long export runs shows in
 * the pages read after it.
 */
@ApplicationScoped
public class UserExport {

    /** Rows per read and per buffer written. */
    static final int PAGE = 500;
    public static final String FORMAT = "ledger-export";
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final ExportSections sections;
    private final AuditService audit;

    public UserExport(ExportSections sections, AuditService audit) {
        this.sections = sections;
        this.audit = audit;
    }

    /**
     * The document. The export is recorded in the user's security history before the first byte is read, so
     * that an export broken off halfway is recorded too (it gave out data all the same); the document's own
     * auditEvents section therefore ends with it.
     */
    public Multi<Buffer> document(long userId, AuditOrigin origin) {
        List<Multi<Buffer>> parts = new ArrayList<>();
        // a Uni of no item (null) makes a Multi of no item: nothing is written for it
        parts.add(Multi.createFrom().uni(audit.record(userId, AuditKind.EXPORT, origin, null)).onItem()
                .castTo(Buffer.class));
        parts.add(Multi.createFrom().item(() -> Buffer.buffer("{\"format\":\"" + FORMAT + "\",\"version\":" + VERSION
                + ",\"exportedAt\":\"" + Instant.now().truncatedTo(ChronoUnit.MILLIS) + "\"")));
        sections.all().forEach(section -> parts.add(section(userId, section)));
        parts.add(Multi.createFrom().item(() -> Buffer.buffer("}\n")));
        return Multi.createBy().concatenating().streams(parts);
    }

    private static Multi<Buffer> section(long userId, ExportSection section) {
        AtomicReference<Object> after = new AtomicReference<>(section.start());
        AtomicBoolean first = new AtomicBoolean(true);
        Multi<Buffer> pages = Multi.createBy().repeating()
                .uni(() -> section.after(userId, after.get(), section.single() ? 1 : PAGE)
                        .invoke(rows -> {
                            if (!rows.isEmpty()) {
                                after.set(rows.get(rows.size() - 1).key());
                            }
                        }))
                .until(List::isEmpty)
                .select().first(section.single() ? 1 : Long.MAX_VALUE)
                .map(rows -> page(rows, first, section.single()));
        String name = ",\"" + section.name() + "\":";
        if (section.single()) {
            // a missing object (the user left while the export ran) is written as null
            AtomicBoolean written = new AtomicBoolean();
            return Multi.createBy().concatenating().streams(
                    Multi.createFrom().item(() -> Buffer.buffer(name)),
                    pages.invoke(() -> written.set(true)),
                    Multi.createFrom().deferred(() -> written.get() ? Multi.createFrom().empty()
                            : Multi.createFrom().item(Buffer.buffer("null"))));
        }
        return Multi.createBy().concatenating().streams(
                Multi.createFrom().item(() -> Buffer.buffer(name + "[")),
                pages,
                Multi.createFrom().item(() -> Buffer.buffer("]")));
    }

    private static Buffer page(List<ExportRow> rows, AtomicBoolean first, boolean single) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows.size() * 256);
        try {
            for (ExportRow row : rows) {
                if (!first.getAndSet(false)) {
                    out.write(',');
                }
                JSON.writeValue(out, row.fields());
                if (single) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Buffer.buffer(out.toByteArray());
    }
}
