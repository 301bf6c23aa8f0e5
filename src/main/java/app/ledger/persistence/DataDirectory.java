package app.ledger.persistence;

import app.ledger.config.LedgerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The one directory that holds everything Ledger writes: the database file and generated keys. */
@ApplicationScoped
public class DataDirectory {

    private final Path root;

    @Inject
    public DataDirectory(LedgerConfig config) {
        this(config.dataDir());
    }

    public DataDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path ensureExists() {
        try {
            return Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + root, e);
        }
    }
}
