package app.ledger.persistence;

import io.quarkus.logging.Log;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files only their owner may read or write (0600) in directories only their owner may enter (0700). The
 * process umask cannot be set from Java, so files are created with these permissions rather than left to
 * it. On a file system without POSIX permissions (Windows) nothing is changed.
 */
final class OwnerOnly {

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private OwnerOnly() {
    }

    static boolean supported(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the directory and any missing parents as 0700; an existing directory is left as it is. */
    static void createDirectories(Path directory) throws IOException {
        if (supported(directory)) {
            Files.createDirectories(directory, attribute(DIRECTORY));
        } else {
            Files.createDirectories(directory);
        }
    }

    /** Creates an empty file as 0600 unless it exists. */
    static void createFile(Path file) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (supported(file)) {
                Files.createFile(file, attribute(FILE));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException createdMeanwhile) {
            // by another instance starting on the same directory: it is tightened like any existing file
        }
    }

    /**
     * Takes group and other permissions away from a file or directory (not a link; a missing path is
     * skipped), logging the change. Answers true when its permissions changed.
     */
    static boolean tighten(Path path) {
        if (!supported(path) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path)) {
            return false;
        }
        try {
            Set<PosixFilePermission> current = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
            Set<PosixFilePermission> wanted;
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                wanted = DIRECTORY;
            } else {
                wanted = EnumSet.noneOf(PosixFilePermission.class);
                current.stream().filter(OWNER::contains).forEach(wanted::add);
            }
            if (current.equals(wanted)) {
                return false;
            }
            Files.setPosixFilePermissions(path, wanted);
            Log.warnf("Permissions of %s were %s, now %s: Ledger's data is for the user running it only", path,
                    PosixFilePermissions.toString(current), PosixFilePermissions.toString(wanted));
            return true;
        } catch (IOException e) {
            Log.warnf("Cannot restrict the permissions of %s to its owner (%s): other users may be able to read it",
                    path, e.getMessage());
            return false;
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
