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
import java.nio.file.FileAlreadyExistsException;
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
        boolean inDataDirectory = publicKey.startsWith(dataDirectory.root()) && privateKey.startsWith(dataDirectory.root());
        if (hasPrivate && inDataDirectory) {
            awaitOtherInstance(); // the private key goes first: another instance is writing the pair
            return;
        }
        if (hasPublic || hasPrivate) {
            throw new IllegalStateException("Only one of the token signing keys exists (" + publicKey + ", "
                    + privateKey + "): restore the other one or remove both to generate a new pair.");
        }
        if (!inDataDirectory) {
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
            // The private key is the claim: whoever moves it into place first also writes the public key.
            if (!writeOwnerOnly(privateKey, pem("PRIVATE KEY", pair.getPrivate()))) {
                awaitOtherInstance();
                return;
            }
            writeOwnerOnly(publicKey, pem("PUBLIC KEY", pair.getPublic()));
            Log.infof("Generated a new token signing key pair in %s", privateKey.getParent());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the token signing keys", e);
        }
    }

    /** Answers false when the file appeared meanwhile (another instance on the same data directory). */
    private static boolean writeOwnerOnly(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".key", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, content, StandardCharsets.US_ASCII);
        try {
            Files.createLink(file, temporary);
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false;
        } finally {
            Files.delete(temporary);
        }
    }

    /** Another instance is generating the pair: use it once its public key is there too. */
    private void awaitOtherInstance() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!Files.exists(publicKey)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Another instance began generating the signing keys in "
                        + publicKey.getParent() + " but did not finish; remove the partial files and start again.");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
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
