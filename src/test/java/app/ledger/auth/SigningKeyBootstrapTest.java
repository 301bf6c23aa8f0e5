package app.ledger.auth;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.persistence.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyBootstrapTest {

    @TempDir
    Path data;

    private SigningKeyBootstrap bootstrap() {
        return new SigningKeyBootstrap(new DataDirectory(data), data.resolve("keys/jwt-public.pem").toString(),
                data.resolve("keys/jwt-private.pem").toString());
    }

    @Test
    void aFirstStartGeneratesAPairReadableByTheOwnerOnlyAndLaterStartsKeepIt() throws Exception {
        bootstrap().ensureKeys();
        Path key = data.resolve("keys/jwt-private.pem");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        String first = Files.readString(key);
        bootstrap().ensureKeys();
        assertThat(Files.readString(key)).isEqualTo(first);
    }

    @Test
    void instancesStartingTogetherOnOneDataDirectoryAgreeOnOnePair() throws Exception {
        List<CompletableFuture<Void>> starts = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.runAsync(() -> bootstrap().ensureKeys()))
                .toList();
        CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
        var keyPair = java.security.KeyFactory.getInstance("RSA");
        var privateKey = (java.security.interfaces.RSAPrivateCrtKey) io.smallrye.jwt.util.KeyUtils
                .decodePrivateKey(Files.readString(data.resolve("keys/jwt-private.pem")));
        var publicKey = (java.security.interfaces.RSAPublicKey) io.smallrye.jwt.util.KeyUtils
                .decodePublicKey(Files.readString(data.resolve("keys/jwt-public.pem")));
        assertThat(keyPair).isNotNull();
        assertThat(publicKey.getModulus()).isEqualTo(privateKey.getModulus());
        try (var leftovers = Files.list(data.resolve("keys"))) {
            assertThat(leftovers.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("jwt-private.pem", "jwt-public.pem");
        }
    }
}
