package app.ledger.auth.secret;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keys for one purpose each, derived from the token signing private key: that key already has to be kept
 * secret, beside the database, and the same on every instance, which is what these keys need too. Reads
 * a file, so it is called at start-up, never on a request.
 */
@ApplicationScoped
public class DerivedKeys {

    private final String privateKeyLocation;

    public DerivedKeys(@ConfigProperty(name = "smallrye.jwt.sign.key.location") String privateKeyLocation) {
        this.privateKeyLocation = privateKeyLocation;
    }

    /** 32 bytes: HMAC-SHA-256 of the label, keyed with the signing key's bytes. */
    public byte[] derive(String label) {
        return derive(readPrivateKey(), label);
    }

    public static byte[] derive(byte[] material, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(material, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] readPrivateKey() {
        String location = privateKeyLocation;
        try {
            if (location.startsWith("classpath:")) {
                try (InputStream in = Thread.currentThread().getContextClassLoader()
                        .getResourceAsStream(location.substring("classpath:".length()).replaceFirst("^/", ""))) {
                    if (in == null) {
                        throw new IllegalStateException("The token signing key " + location + " does not exist");
                    }
                    return in.readAllBytes();
                }
            }
            return Files.readAllBytes(Path.of(location.startsWith("file:")
                    ? location.substring("file:".length()) : location));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token signing key to derive a key from", e);
        }
    }
}
