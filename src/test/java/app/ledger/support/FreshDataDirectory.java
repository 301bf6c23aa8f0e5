package app.ledger.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Every test run starts on an empty data directory: a new database file and newly generated keys. */
public class FreshDataDirectory implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            Path root = Files.createDirectories(Path.of("target", "test-runs"));
            Path dir = Files.createTempDirectory(root, "data-");
            return Map.of("ledger.data-dir", dir.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }
}
