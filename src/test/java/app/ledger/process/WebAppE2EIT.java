package app.ledger.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the browser tests in frontend/e2e (Playwright driving headless Chromium) against the packaged
 * service. Without a Chromium on the machine they are skipped, unless LEDGER_E2E_REQUIRED is set, as in CI,
 * where a missing browser fails the build. LEDGER_E2E_ONLY=imports runs e2e/imports.e2e.test.mjs alone.
 */
class WebAppE2EIT {

    @TempDir
    Path dir;

    @Test
    void theAppWorksEndToEndInARealBrowser() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        boolean required = System.getenv("LEDGER_E2E_REQUIRED") != null;
        if (!Files.isExecutable(chromium)) {
            assertThat(required).as("Chromium is required at " + chromium + " (apt-get install chromium)").isFalse();
            System.err.println("SKIPPED browser tests: no Chromium at " + chromium + " (apt-get install chromium)");
            assumeTrue(false);
        }
        Path node = Path.of(System.getProperty("ledger.node", "node"));
        Path screenshots = Path.of("target", "e2e-screenshots").toAbsolutePath();
        try (LedgerProcess service = LedgerProcess.start(dir.resolve("data"), dir.resolve("service.log")).awaitReady()) {
            ProcessBuilder builder = new ProcessBuilder(node.toString(), "--test", "--test-reporter=spec", tests())
                    .directory(Path.of("frontend").toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("e2e.log").toFile());
            builder.environment().put("LEDGER_URL", "http://localhost:" + service.port);
            builder.environment().put("CHROMIUM_PATH", chromium.toString());
            builder.environment().put("SCREENSHOT_DIR", screenshots.toString());
            Process run = builder.start();
            boolean finished = run.waitFor(10, TimeUnit.MINUTES);
            if (!finished) {
                run.descendants().forEach(ProcessHandle::destroyForcibly);
                run.destroyForcibly();
            }
            String output = Files.readString(dir.resolve("e2e.log"));
            System.out.println(output);
            assertThat(finished).as("browser tests finished in time").isTrue();
            assertThat(run.exitValue()).as("browser tests passed:\n" + output + "\nservice log:\n"
                    + service.logText()).isZero();
        }
    }

    /** Every test file, or only the one LEDGER_E2E_ONLY names (e.g. "imports" for e2e/imports.e2e.test.mjs). */
    private static String tests() {
        String only = System.getenv("LEDGER_E2E_ONLY");
        if (only == null || only.isBlank()) {
            return "e2e/";
        }
        Path file = Path.of("frontend", "e2e", only.strip() + ".e2e.test.mjs");
        assertThat(file).as("LEDGER_E2E_ONLY names a test file").isRegularFile();
        return "e2e/" + file.getFileName();
    }
}
