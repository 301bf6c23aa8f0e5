package app.ledger.persistence;

import app.ledger.config.LedgerConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one directory that holds everything Ledger writes: the database file and generated keys. It is for
 * the user running Ledger only: the directory is 0700 and Ledger's files in it are 0600.
 */
@ApplicationScoped
public class DataDirectory {

    /** Before anything else at start-up writes into the directory (the signing keys, the migrations). */
    public static final int STARTUP_PRIORITY = 1;

    private static final String SQLITE_URL = "jdbc:sqlite:";
    /** The files SQLite keeps next to the database file. */
    private static final List<String> SQLITE_COMPANIONS = List.of("-wal", "-shm", "-journal");

    private final Path root;
    private final Path sqliteFile;
    private final List<Path> keyFiles;

    @Inject
    public DataDirectory(LedgerConfig config,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> jdbcUrl,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> publicKey,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> privateKey) {
        this(config.dataDir(), jdbcUrl.flatMap(DataDirectory::sqliteFile).orElse(null),
                Stream.of(publicKey, privateKey).flatMap(Optional::stream).map(DataDirectory::localFile)
                        .flatMap(Optional::stream).toList());
    }

    public DataDirectory(Path root) {
        this(root, null, List.of());
    }

    /**
     * {@code sqliteFile}: the SQLite database file, or null when the database is not a SQLite file;
     * {@code keyFiles}: the signing key files (only those inside the directory are its concern).
     */
    public DataDirectory(Path root, Path sqliteFile, List<Path> keyFiles) {
        this.root = root.toAbsolutePath().normalize();
        this.sqliteFile = sqliteFile == null ? null : sqliteFile.toAbsolutePath().normalize();
        this.keyFiles = keyFiles.stream().map(file -> file.toAbsolutePath().normalize())
                .filter(file -> file.startsWith(this.root)).toList();
    }

    public Path root() {
        return root;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        ensureExists();
    }

    /**
     * Creates the directory (0700) when it is missing, and the keys' directory, creates the SQLite file
     * empty (0600) before SQLite first opens it, and takes away what other users may do with the directory and with Ledger's files in
     * it that already exist, logging each change. SQLite would create its file 0644 under the usual umask;
     * it gives its -wal and -shm files the permissions of the database file. Only Ledger's own files are
     * touched, so a data directory shared with other files does not have them changed.
     */
    public Path ensureExists() {
        try {
            OwnerOnly.createDirectories(root);
            OwnerOnly.tighten(root);
            if (sqliteFile != null) {
                OwnerOnly.createDirectories(sqliteFile.getParent());
                OwnerOnly.tighten(sqliteFile);
                SQLITE_COMPANIONS.forEach(suffix -> OwnerOnly.tighten(companion(sqliteFile, suffix)));
                OwnerOnly.createFile(sqliteFile);
            }
            for (Path key : keyFiles) {
                for (Path directory = key.getParent(); !directory.equals(root); directory = directory.getParent()) {
                    OwnerOnly.tighten(directory);
                }
                OwnerOnly.tighten(key);
                // made here, 0700, for the key generator, which would leave the directory to the umask
                OwnerOnly.createDirectories(key.getParent());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + root, e);
        }
    }

    private static Path companion(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** The file of a {@code jdbc:sqlite:} URL naming a file (not an in-memory database or a URI). */
    static Optional<Path> sqliteFile(String jdbcUrl) {
        if (!jdbcUrl.startsWith(SQLITE_URL)) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring(SQLITE_URL.length());
        int query = rest.indexOf('?');
        String file = query < 0 ? rest : rest.substring(0, query);
        if (file.isEmpty() || file.startsWith(":") || file.startsWith("file:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(file));
    }

    /** A key location that names a local file (not the class path or a URL). */
    private static Optional<Path> localFile(String location) {
        if (location.startsWith("classpath:") || location.contains("://")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location));
    }
}
