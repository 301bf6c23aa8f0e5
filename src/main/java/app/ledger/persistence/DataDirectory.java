package app.ledger.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one directory that holds everything Ledger writes: the database file and generated keys. */
@ApplicationScoped
public class DataDirectory {

    private final Path root;

    public DataDirectory(@ConfigProperty(name = "ledger.data-dir") Path root) {
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
