package app.ledger.process;

import app.ledger.support.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The packaged service started as its own operating-system process, as a user runs it. */
final class LedgerProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final int port;
    final Path log;
    private final Process process;

    private LedgerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** A new database (and data directory) for {@link #start}, of the kind this build is for. */
    static Map<String, String> freshDatabase(Path dataDir) {
        return TestDatabase.fresh(dataDir);
    }

    static LedgerProcess start(Path dataDir, Path log) throws IOException {
        return start(freshDatabase(dataDir), log);
    }

    static LedgerProcess start(Map<String, String> database, Path log) throws IOException {
        return start(database, log, Map.of());
    }

    /** With extra environment variables, such as configuration to try. */
    static LedgerProcess start(Map<String, String> database, Path log, Map<String, String> environment)
            throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the package phase first");
        }
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(TestDatabase.asEnvironment(database));
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        // passkeys answer only pages of the configured origins: here, the port this process listens on
        builder.environment().put("LEDGER_PASSKEYS_ORIGINS", "http://localhost:" + port);
        builder.environment().put("LEDGER_AUTH_BCRYPT_COST", "4");
        // every test client is 127.0.0.1: the per-address limits have tests of their own
        builder.environment().put("LEDGER_REGISTRATION_PER_ADDRESS_PER_HOUR", "1000000");
        builder.environment().put("LEDGER_HTTP_MAX_CONNECTIONS_PER_ADDRESS", "100000");
        builder.environment().putAll(environment);
        return new LedgerProcess(builder.start(), port, log);
    }

    /**
     * As README's production command starts it: docker/run.sh, with the JVM running these tests; the class
     * archive kept at {@code archive}, made there first when missing (the training run takes half a minute).
     */
    static LedgerProcess startWithLauncher(Map<String, String> database, Path log, Path archive) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the package phase first");
        }
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of("docker", "run.sh").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(TestDatabase.asEnvironment(database));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("LEDGER_CDS_ARCHIVE", archive.toString());
        builder.environment().put("LEDGER_TRAINING_PORT", Integer.toString(freePort()));
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("LEDGER_AUTH_BCRYPT_COST", "4");
        return new LedgerProcess(builder.start(), port, log);
    }

    /** The operating-system process: with docker/run.sh, the JVM itself, as the script ends by exec. */
    long pid() {
        return process.pid();
    }

    LedgerProcess awaitReady() throws Exception {
        return awaitReady(Duration.ofSeconds(60));
    }

    LedgerProcess awaitReady(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + ":\n" + logText());
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The service did not become ready:\n" + logText());
    }

    /** Waits for the process to end by itself and answers its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("The service is still running:\n" + logText());
        }
        return process.exitValue();
    }

    /** SIGTERM, as a service manager stops a service: answers the exit code. */
    int terminate(Duration timeout) throws InterruptedException {
        signalStop();
        return awaitExit(timeout);
    }

    /** SIGTERM without waiting: the service carries on stopping while the caller watches. */
    void signalStop() {
        process.destroy();
    }

    /** SIGKILL: no shutdown hook runs, as in a crash or power cut of the process. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
