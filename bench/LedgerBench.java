import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for a running Ledger: deposits per second with N concurrent clients, and history page
 * latency (first page and deep pages). Plain JDK; bench/run.sh compiles it, starts the service and calls it:
 *
 *   deposits <baseUrl> <clients> <seconds>
 *   budgeted <baseUrl> <clients> <seconds>   withdrawals of 0.01 in a category with a budget (checked each batch)
 *   history  <baseUrl> <token> <accountId> <requests>
 */
public class LedgerBench {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "deposits" -> deposits(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), false);
            case "budgeted" -> deposits(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), true);
            case "history" -> history(args[1], args[2], Long.parseLong(args[3]), Integer.parseInt(args[4]));
            case "user" -> System.out.println(String.join(" ", newUser(args[1])));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    /** Registers a user and answers its token and the id of its Main account. */
    static String[] newUser(String base) throws Exception {
        String name = "bench" + Long.toHexString(System.nanoTime());
        String body = "{\"username\":\"" + name + "\",\"password\":\"benchmark password\"}";
        send(base + "/api/auth/register", null, body);
        String token = field(send(base + "/api/auth/login", null, body).body(), "token");
        String accounts = get(base + "/api/accounts", token).body();
        return new String[] {token, field(accounts, "id")};
    }

    static void deposits(String base, int clients, int seconds, boolean budgeted) throws Exception {
        List<String[]> users = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String[] user = newUser(base);
            users.add(user);
            if (budgeted) {
                send(base + "/api/accounts/" + user[1] + "/deposits", user[0], "{\"amount\":\"1000000.00\"}");
                String category = field(send(base + "/api/categories", user[0],
                        "{\"name\":\"Food\",\"kind\":\"expense\"}").body(), "id");
                send(base + "/api/budgets", user[0], "{\"categoryId\":" + category
                        + ",\"amount\":\"1000000.00\",\"currency\":\"USD\"}");
                bodies.add("{\"amount\":\"0.01\",\"description\":\"bench\",\"categoryId\":" + category + "}");
            } else {
                bodies.add("{\"amount\":\"1.00\",\"description\":\"bench\"}");
            }
        }
        String kind = budgeted ? "withdrawals" : "deposits";
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            String[] user = users.get(c);
            String body = bodies.get(c);
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            int[] count = {0};
            Thread t = new Thread(() -> {
                try {
                    String url = base + "/api/accounts/" + user[1] + "/" + kind;
                    while (System.nanoTime() < deadline) {
                        long start = System.nanoTime();
                        int status = send(url, user[0], body).statusCode();
                        mine[count[0]++] = System.nanoTime() - start;
                        (status == 201 ? ok : failed).incrementAndGet();
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    mine[mine.length - 1] = count[0];
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
        long[] all = latencies.stream().flatMapToLong(a -> Arrays.stream(a, 0, (int) a[a.length - 1])).sorted().toArray();
        System.out.printf("%s: %d clients, %d s: %d ok, %d failed, %.0f writes/s, latency p50 %.2f ms, p99 %.2f ms%n",
                budgeted ? "budgeted withdrawals" : "deposits", clients, seconds, ok.get(), failed.get(), ok.get() / (double) seconds,
                pct(all, 50), pct(all, 99));
    }

    static void history(String base, String token, long account, int requests) throws Exception {
        String first = base + "/api/accounts/" + account + "/transactions?limit=50&order=recorded";
        String latest = field(get(first, token).body(), "seq");
        long top = Long.parseLong(latest);
        measure("history first page", requests, i -> first, token);
        // Deep pages: cursors spread over the whole history, down to the oldest entries.
        measure("history deep pages", requests, i -> first + "&cursor=" + recorded(Math.max(51, top - (top * (i + 1L)) / requests)), token);
        measure("history page 10,000", requests, i -> first + "&cursor=" + recorded(Math.max(51, top - 50L * 10_000)), token);
    }

    private static String recorded(long seq) {
        return new app.ledger.journal.history.PageCursor(app.ledger.journal.history.PageCursor.RECORDED, 0, seq).encode();
    }

    interface Url {
        String at(int i);
    }

    static void measure(String label, int requests, Url url, String token) throws Exception {
        for (int i = 0; i < requests; i++) {
            get(url.at(i), token);
        }
        long[] times = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(url.at(i), token);
            times[i] = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(label + ": " + response.statusCode() + " " + response.body());
            }
        }
        Arrays.sort(times);
        System.out.printf("%s: %d requests, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", label, requests,
                pct(times, 50), pct(times, 99), times[times.length - 1] / 1e6);
    }

    static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
    }

    static HttpResponse<String> send(String url, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
