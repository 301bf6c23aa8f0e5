package app.ledger.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the browser tests in frontend/e2e (Playwright driving headless Chromium) against the packaged
 * service. Without a Chromium on the machine they are skipped, unless LEDGER_E2E_REQUIRED is set, as in CI,
 * where a missing browser fails the build. LEDGER_E2E_ONLY=imports runs e2e/imports.e2e.test.mjs alone.
 * The files of {@link #PROVIDER_FILES} need sign-in through an identity provider: they run against services
 * pointed at the stand-in provider of e2e/stand-in-provider.mjs, every other file against one plain service.
 */
class WebAppE2EIT {

    private static final Set<String> PROVIDER_FILES = Set.of("provider-sign-in");
    private static final Pattern ISSUER = Pattern.compile("\"issuer\":\"([^\"]+)\"");

    @TempDir
    Path dir;

    @Test
    void theAppWorksEndToEndInARealBrowser() throws Exception {
        List<String> files = tests(false);
        assumeTrue(!files.isEmpty(), "LEDGER_E2E_ONLY names a test file of the provider sign-in");
        Path chromium = chromium();
        try (LedgerProcess service = LedgerProcess.start(dir.resolve("data"), dir.resolve("service.log")).awaitReady()) {
            runNode(files, Map.of("LEDGER_URL", "http://localhost:" + service.port), chromium,
                    () -> "service log:\n" + service.logText());
        }
    }

    @Test
    void signingInThroughAnIdentityProviderWorksInARealBrowser() throws Exception {
        List<String> files = tests(true);
        assumeTrue(!files.isEmpty(), "LEDGER_E2E_ONLY names a test file without the provider sign-in");
        Path chromium = chromium();
        Process provider = new ProcessBuilder(node(), "e2e/stand-in-provider.mjs")
                .directory(Path.of("frontend").toFile()).redirectError(dir.resolve("provider.log").toFile()).start();
        try {
            String issuer = issuerOf(provider);
            try (LedgerProcess withPasswords = startPointedAt(issuer, "ledger-e2e", "mixed", Map.of());
                    LedgerProcess providerOnly = startPointedAt(issuer, "ledger-e2e-only", "only",
                            Map.of("LEDGER_OIDC_PASSWORD_LOGIN", "false"))) {
                withPasswords.awaitReady();
                providerOnly.awaitReady();
                register(issuer, "ledger-e2e", withPasswords);
                register(issuer, "ledger-e2e-only", providerOnly);
                runNode(files, Map.of("LEDGER_URL", "http://localhost:" + withPasswords.port,
                        "LEDGER_PROVIDER_ONLY_URL", "http://localhost:" + providerOnly.port,
                        "PROVIDER_URL", issuer), chromium, () -> "service log (password login on):\n"
                        + withPasswords.logText() + "\nservice log (provider only):\n" + providerOnly.logText()
                        + "\nprovider log:\n" + read(dir.resolve("provider.log")));
            }
        } finally {
            provider.destroy();
            provider.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private LedgerProcess startPointedAt(String issuer, String clientId, String name, Map<String, String> more)
            throws IOException {
        Map<String, String> environment = new HashMap<>(more);
        environment.put("LEDGER_OIDC_ENABLED", "true");
        environment.put("LEDGER_OIDC_ISSUER", issuer);
        environment.put("LEDGER_OIDC_CLIENT_ID", clientId);
        environment.put("LEDGER_OIDC_CLIENT_SECRET", clientId + "-secret");
        environment.put("LEDGER_OIDC_NAME", "Stand-in");
        return LedgerProcess.start(LedgerProcess.freshDatabase(dir.resolve(name)), dir.resolve(name + ".log"),
                environment);
    }

    /** The client at the provider, as its administrator registers it: Ledger's sign-in route is its redirect URI. */
    private static void register(String issuer, String clientId, LedgerProcess service) throws Exception {
        String client = "{\"clientId\":\"%s\",\"secret\":\"%s-secret\",\"redirectUri\":\"http://localhost:%d%s\"}"
                .formatted(clientId, clientId, service.port, "/api/auth/oidc/login");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(issuer + "/stand-in/clients")).POST(HttpRequest.BodyPublishers.ofString(client)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("client registered at the stand-in provider").isEqualTo(204);
    }

    /** The first line the provider prints names its issuer once it listens. */
    private String issuerOf(Process provider) throws IOException {
        String line = new BufferedReader(new InputStreamReader(provider.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        Matcher issuer = ISSUER.matcher(line == null ? "" : line.replace(" ", ""));
        assertThat(issuer.find()).as(() -> "the stand-in provider started: " + line + "\n"
                + read(dir.resolve("provider.log"))).isTrue();
        return issuer.group(1);
    }

    private void runNode(List<String> files, Map<String, String> environment, Path chromium,
            Supplier<String> serviceLogs) throws Exception {
        Path screenshots = Path.of("target", "e2e-screenshots").toAbsolutePath();
        Path log = Files.createTempFile(dir, "e2e", ".log");
        List<String> command = new ArrayList<>(List.of(node(), "--test", "--test-reporter=spec"));
        command.addAll(files);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(Path.of("frontend").toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("CHROMIUM_PATH", chromium.toString());
        builder.environment().put("SCREENSHOT_DIR", screenshots.toString());
        Process run = builder.start();
        boolean finished = run.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertThat(finished).as("browser tests finished in time").isTrue();
        assertThat(run.exitValue()).as(() -> "browser tests passed:\n" + output + "\n" + serviceLogs.get()).isZero();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static Path chromium() {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        boolean required = System.getenv("LEDGER_E2E_REQUIRED") != null;
        if (!Files.isExecutable(chromium)) {
            assertThat(required).as("Chromium is required at " + chromium + " (apt-get install chromium)").isFalse();
            System.err.println("SKIPPED browser tests: no Chromium at " + chromium + " (apt-get install chromium)");
            assumeTrue(false);
        }
        return chromium;
    }

    private static String node() {
        return Path.of(System.getProperty("ledger.node", "node")).toString();
    }

    /**
     * The test files of one kind (needing the identity provider or not): every one, or only the one
     * LEDGER_E2E_ONLY names (e.g. "imports" for e2e/imports.e2e.test.mjs) if it is of that kind.
     */
    private static List<String> tests(boolean provider) throws IOException {
        String only = System.getenv("LEDGER_E2E_ONLY");
        if (only != null && !only.isBlank()) {
            Path file = Path.of("frontend", "e2e", only.strip() + ".e2e.test.mjs");
            assertThat(file).as("LEDGER_E2E_ONLY names a test file").isRegularFile();
        }
        PROVIDER_FILES.forEach(stem -> assertThat(Path.of("frontend", "e2e", stem + ".e2e.test.mjs"))
                .as("a test file of the provider sign-in").isRegularFile());
        try (Stream<Path> files = Files.list(Path.of("frontend", "e2e"))) {
            List<String> stems = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".e2e.test.mjs"))
                    .map(name -> name.substring(0, name.length() - ".e2e.test.mjs".length()))
                    .filter(stem -> PROVIDER_FILES.contains(stem) == provider)
                    .filter(stem -> only == null || only.isBlank() || stem.equals(only.strip()))
                    .sorted().toList();
            assertThat(provider || !stems.isEmpty() || only != null).as("browser test files found").isTrue();
            return stems.stream().map(stem -> "e2e/" + stem + ".e2e.test.mjs").toList();
        }
    }
}
