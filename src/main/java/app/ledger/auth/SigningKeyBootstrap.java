package app.ledger.auth;

import app.ledger.persistence.DataDirectory;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure the token signing key pair exists. Configured key files are used as they are; when the
 * locations are the defaults inside the data directory and no keys are there yet (first start), a fresh
 * RSA pair is generated, readable by the owner only, and reused on every later start.
 */
@ApplicationScoped
public class SigningKeyBootstrap {

    private final DataDirectory dataDirectory;
    private final Path publicKey;
    private final Path privateKey;

    public SigningKeyBootstrap(DataDirectory dataDirectory,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") String publicKeyLocation,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") String privateKeyLocation) {
        this.dataDirectory = dataDirectory;
        this.publicKey = asPath(publicKeyLocation);
        this.privateKey = asPath(privateKeyLocation);
    }

    void onStart(@Observes @Priority(5) StartupEvent event) {
        ensureKeys();
    }

    void ensureKeys() {
        if (publicKey == null || privateKey == null) {
            return; // keys on the class path or elsewhere: configured by the operator
        }
        boolean hasPublic = Files.exists(publicKey);
        boolean hasPrivate = Files.exists(privateKey);
        if (hasPublic && hasPrivate) {
            return;
        }
        if (hasPublic || hasPrivate) {
            throw new IllegalStateException("Only one of the token signing keys exists (" + publicKey + ", "
                    + privateKey + "): restore the other one or remove both to generate a new pair.");
        }
        if (!publicKey.startsWith(dataDirectory.root()) || !privateKey.startsWith(dataDirectory.root())) {
            throw new IllegalStateException("The configured token signing keys do not exist: "
                    + publicKey + ", " + privateKey);
        }
        generate();
    }

    private void generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            writeOwnerOnly(privateKey, pem("PRIVATE KEY", pair.getPrivate()));
            writeOwnerOnly(publicKey, pem("PUBLIC KEY", pair.getPublic()));
            Log.infof("Generated a new token signing key pair in %s", privateKey.getParent());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the token signing keys", e);
        }
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".key", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, content, StandardCharsets.US_ASCII);
        Files.move(temporary, file);
    }

    private static String pem(String type, Key key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded());
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static Path asPath(String location) {
        if (location.startsWith("classpath:") || location.contains("://")) {
            return null;
        }
        String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        return Path.of(path).toAbsolutePath().normalize();
    }
}
