import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Live-update benchmark against a running Ledger: opens many event streams, then makes deposits at a
 * steady rate and measures the time from sending a deposit to its entry event arriving on each stream of
 * that user, and the server's heap per open stream.
 *
 *   LiveBench <baseUrl> <serverPid> <streams> <users> <seconds> <depositsPerSecond>
 */
public class LiveBench {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();
    static final Pattern SENT = Pattern.compile("\"description\":\"sent-(\\d+)\"");
    static final ConcurrentLinkedQueue<Long> LATENCIES = new ConcurrentLinkedQueue<>();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String pid = args[1];
        int streams = Integer.parseInt(args[2]);
        int users = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int rate = Integer.parseInt(args[5]);

        List<String[]> accounts = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            accounts.add(LedgerBench.newUser(base));
        }
        long heapBefore = heapUsed(pid);
        AtomicInteger open = new AtomicInteger();
        List<CompletableFuture<?>> connecting = new ArrayList<>();
        for (int s = 0; s < streams; s++) {
            String token = accounts.get(s % users)[0];
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/events"))
                    .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).build();
            connecting.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Lines(open))));
            if (s % 500 == 499) {
                Thread.sleep(200);
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (open.get() + connecting.stream().filter(CompletableFuture::isCompletedExceptionally).count() < streams
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1000);
        long heapAfter = heapUsed(pid);
        System.out.printf("streams: %d open of %d; server heap %.1f MiB before, %.1f MiB after: %.1f KiB per stream%n",
                open.get(), streams, heapBefore / 1048576.0, heapAfter / 1048576.0,
                (heapAfter - heapBefore) / 1024.0 / Math.max(1, open.get()));

        long interval = 1_000_000_000L / rate;
        long next = System.nanoTime();
        long end = next + Duration.ofSeconds(seconds).toNanos();
        int sent = 0;
        List<CompletableFuture<?>> deposits = new ArrayList<>();
        while (System.nanoTime() < end) {
            String[] user = accounts.get(sent++ % users);
            String body = "{\"amount\":\"1.00\",\"description\":\"sent-" + System.nanoTime() + "\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/accounts/" + user[1] + "/deposits"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + user[0])
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            deposits.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding()));
            next += interval;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        CompletableFuture.allOf(deposits.toArray(CompletableFuture[]::new)).join();
        Thread.sleep(2000);
        long[] all = LATENCIES.stream().mapToLong(Long::longValue).sorted().toArray();
        long expected = (long) sent * (streams / users);
        System.out.printf("deposits: %d at %d/s; events received %d of %d expected; deposit-to-event p50 %.2f ms, "
                + "p99 %.2f ms, max %.2f ms%n", sent, rate, all.length, expected,
                LedgerBench.pct(all, 50), LedgerBench.pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        System.exit(0);
    }

    static long heapUsed(String pid) throws Exception {
        run("jcmd", pid, "GC.run");
        String info = run("jcmd", pid, "GC.heap_info");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
        if (!m.find()) {
            throw new IllegalStateException(info);
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    /** Reads one stream: for each entry event, how long since its deposit was sent. */
    static final class Lines implements Flow.Subscriber<String> {
        private final AtomicInteger open;

        Lines(AtomicInteger open) {
            this.open = open;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            open.incrementAndGet();
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("data:")) {
                Matcher m = SENT.matcher(line);
                if (m.find()) {
                    LATENCIES.add(System.nanoTime() - Long.parseLong(m.group(1)));
                }
            }
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }
    }
}
