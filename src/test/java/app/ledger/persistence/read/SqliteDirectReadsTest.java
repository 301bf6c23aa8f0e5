package app.ledger.persistence.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.ledger.support.SqliteFiles;
import io.smallrye.mutiny.Uni;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqliteDirectReadsTest {

    private Path directory;
    private String url;
    private Connection writer;
    private SqliteDirectReads reads;

    @BeforeEach
    void createDatabase() throws Exception {
        directory = Files.createTempDirectory("direct-reads");
        url = "jdbc:sqlite:" + directory.resolve("test.db") + "?journal_mode=WAL";
        writer = SqliteFiles.open(url);
        try (var statement = writer.createStatement()) {
            statement.execute("CREATE TABLE numbers (n INTEGER NOT NULL, label TEXT, parent INTEGER)");
            statement.execute("INSERT INTO numbers VALUES (1, 'one', NULL), (2, NULL, 1), (3, 'three', NULL)");
        }
    }

    @AfterEach
    void close() throws Exception {
        if (reads != null) {
            reads.close();
        }
        writer.close();
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }

    @Test
    void readsRowsByPositionWithParameters() {
        reads = new SqliteDirectReads(url, 1, 16);
        List<String> rows = await(reads.list("SELECT n, label, parent FROM numbers WHERE n >= ? ORDER BY n", List.of(2L),
                row -> row.getLong(0) + ":" + row.getString(1) + ":" + row.getNullableLong(2)));
        assertEquals(List.of("2:null:1", "3:three:null"), rows);
    }

    @Test
    void readsTextExactlyAsItWasStoredEmptyAndNullIncluded() throws Exception {
        List<String> texts = List.of("", "Café É", "Łódź 💶 €", "tab\tand \"quote\"", "x".repeat(5_000));
        try (var insert = writer.prepareStatement("INSERT INTO numbers VALUES (?, ?, NULL)")) {
            for (int i = 0; i < texts.size(); i++) {
                insert.setLong(1, 10 + i);
                insert.setString(2, texts.get(i));
                insert.executeUpdate();
            }
        }
        reads = new SqliteDirectReads(url, 1, 16);
        List<String> read = await(reads.list("SELECT label FROM numbers WHERE n >= 10 ORDER BY n", List.of(),
                row -> row.getString(0)));
        assertEquals(texts, read);
        List<String> missing = await(reads.list("SELECT label FROM numbers WHERE n = 2", List.of(),
                row -> row.getString(0)));
        assertEquals(Collections.singletonList(null), missing);
    }

    @Test
    void seesWhatWasCommittedAfterAnEarlierRead() throws Exception {
        reads = new SqliteDirectReads(url, 1, 16);
        String count = "SELECT count(*) FROM numbers";
        assertEquals(List.of(3L), await(reads.list(count, List.of(), row -> row.getLong(0))));
        try (var statement = writer.createStatement()) {
            statement.execute("INSERT INTO numbers VALUES (4, 'four', NULL)");
        }
        assertEquals(List.of(4L), await(reads.list(count, List.of(), row -> row.getLong(0))));
    }

    @Test
    void neverWrites() {
        reads = new SqliteDirectReads(url, 1, 16);
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> await(reads.list("DELETE FROM numbers RETURNING n", List.of(), row -> row.getLong(0))));
        assertTrue(refused.getMessage().contains("readonly") || String.valueOf(refused.getCause()).contains("readonly"),
                refused.toString());
        assertEquals(List.of(3L), await(reads.list("SELECT count(*) FROM numbers", List.of(), row -> row.getLong(0))));
    }

    @Test
    void aFailedStatementDoesNotSpoilTheNextRead() {
        reads = new SqliteDirectReads(url, 1, 16);
        assertThrows(RuntimeException.class, () -> await(reads.list("SELECT n FROM numbers WHERE n = ?", List.of(1L),
                row -> {
                    throw new IllegalStateException("mapping failed");
                })));
        assertEquals(List.of(1L), await(reads.list("SELECT n FROM numbers WHERE n = ?", List.of(1L),
                row -> row.getLong(0))));
    }

    @Test
    void keepsOnlyABoundedNumberOfStatementsAndStillAnswersAll() {
        reads = new SqliteDirectReads(url, 1, 16);
        for (int i = 0; i < 200; i++) {
            assertEquals(List.of((long) i), await(reads.list("SELECT " + i, List.of(), row -> row.getLong(0))));
        }
    }

    @Test
    void refusesReadsBeyondTheQueueInsteadOfHoldingThem() throws Exception {
        reads = new SqliteDirectReads(url, 1, 1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        List<CompletableFuture<List<Long>>> pending = new ArrayList<>();
        pending.add(reads.list("SELECT n FROM numbers", List.<Object>of(), row -> {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            return row.getLong(0);
        }).subscribeAsCompletionStage());
        assertTrue(started.await(10, TimeUnit.SECONDS));
        pending.add(reads.list("SELECT 1", List.of(), row -> row.getLong(0)).subscribeAsCompletionStage());
        Throwable refused = assertThrows(Throwable.class,
                () -> await(reads.list("SELECT 2", List.of(), row -> row.getLong(0))));
        assertInstanceOf(ReadersBusyException.class, refused);
        release.countDown();
        assertEquals(List.of(1L, 2L, 3L), pending.get(0).get(10, TimeUnit.SECONDS));
        assertEquals(List.of(1L), pending.get(1).get(10, TimeUnit.SECONDS));
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(10));
    }
}
