import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helpers of bench/flash-sale.sh (docs/benchmarks.md), a single-file Java program
 * (java bench/FlashSaleBurst.java ...). The burst itself is sent by curl in parallel mode: the
 * JDK's HTTP client opening 2,000 connections at once was measured to be the bottleneck (2.7 s
 * for 2,000 trivial GETs, where curl takes 0.5 s).
 *
 * <pre>
 *   prepare BASE COUNT SHOPPERS_FILE     register COUNT shoppers with an address each; write "token address" lines
 *   probe URL STOP_FILE                  GET URL every 50 ms (one keep-alive connection) until STOP_FILE exists;
 *                                        prints a RESULT line with the latencies
 *   report LABEL WRITE_OUT_FILE          summarises curl's "status seconds" lines: count, p50, p90, p99, max
 *   verify JDBC_URL PASSWORD SALE        the sale's outcome in the database (superuser postgres; the PostgreSQL
 *                                        driver on the class path): orders, most orders of one shopper, quota left;
 *                                        first waits for queued checkouts (202) to settle and says when the last did
 * </pre>
 */
public class FlashSaleBurst {

    private static final Pattern FIELD = Pattern.compile("\"(id|accessToken|code)\"\\s*:\\s*\"([^\"]*)\"");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "prepare" -> prepare(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
            case "probe" -> probe(args[1], Path.of(args[2]));
            case "report" -> report(args[1], Path.of(args[2]));
            case "verify" -> verify(args[1], args[2], args[3]);
            default -> throw new IllegalArgumentException("prepare | probe | report | verify");
        }
        System.exit(0);
    }

    static String field(String json, String name) {
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        return null;
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    }

    static HttpResponse<String> post(HttpClient client, String url, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder r = request(url).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return client.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** COUNT shoppers, each registered, logged in and given an address, 8 at a time. */
    static void prepare(String base, int count, Path out) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < count; i++) {
            String name = "fs" + run + "x" + i;
            pool.submit(() -> {
                try {
                    String credentials = "{\"username\":\"" + name + "\",\"password\":\"flash-sale-bench-1\"}";
                    if (post(client, base + "/user/auth/register", null, credentials).statusCode() != 201) {
                        throw new IllegalStateException("register " + name);
                    }
                    String token = field(post(client, base + "/user/auth/login", null, credentials).body(), "accessToken");
                    HttpResponse<String> address = post(client, base + "/user/me/addresses", token, "{\"receiver\":\"张三\",\"phone\":\"13800000000\","
                            + "\"province\":\"浙江省\",\"city\":\"杭州市\",\"district\":\"西湖区\",\"detail\":\"文三路 1 号\"}");
                    lines.add(token + " " + field(address.body(), "id"));
                } catch (Exception e) {
                    failures.incrementAndGet();
                    System.err.println("prepare: " + e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.println("prepared " + lines.size() + " shoppers, " + failures.get() + " failed");
    }

    /** The shop's other visitors: one product detail every 50 ms until the burst is over. */
    static void probe(String url, Path stop) throws Exception {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Long> latencies = new ArrayList<>();
        int errors = 0;
        while (!Files.exists(stop)) {
            long start = System.nanoTime();
            try {
                if (browser.send(request(url).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                    errors++;
                }
                latencies.add(System.nanoTime() - start);
            } catch (IOException e) {
                errors++;
            }
            Thread.sleep(50);
        }
        System.out.printf("RESULT detail requests=%d errors=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n", latencies.size(), errors,
                percentile(latencies, 50), percentile(latencies, 99), percentile(latencies, 100));
    }

    /** curl's write-out lines "STATUS SECONDS ..." of one parallel run, summarised. */
    static void report(String label, Path writeOut) throws IOException {
        List<Long> latencies = new ArrayList<>();
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(writeOut)) {
            String[] parts = line.trim().split(" ");
            if (parts.length < 2) {
                continue;
            }
            statuses.merge(parts[0], 1, Integer::sum);
            latencies.add((long) (Double.parseDouble(parts[1]) * 1e9));
        }
        System.out.printf("RESULT %s requests=%d p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f statuses=%s%n", label, latencies.size(),
                percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99), percentile(latencies, 100),
                statuses.toString().replace(" ", ""));
    }

    static void verify(String url, String password, String saleId) throws Exception {
        try (var db = java.sql.DriverManager.getConnection(url, "postgres", password)) {
            // Queued checkouts (202) are placed in the background: wait until every one has settled.
            String open = "SELECT count(*) FROM order_svc.flash_checkout WHERE sale_id = ? AND status IN ('QUEUED', 'RUNNING')";
            for (int i = 0; i < 600 && one(db, open, saleId) > 0; i++) {
                Thread.sleep(200);
            }
            long queuedPlaced = one(db, "SELECT count(*) FROM order_svc.flash_checkout WHERE sale_id = ? AND status = 'PLACED'", saleId);
            long queuedRefused = one(db, "SELECT count(*) FROM order_svc.flash_checkout WHERE sale_id = ? AND status = 'REFUSED'", saleId);
            long stillOpen = one(db, open, saleId);
            long settledMs = one(db, "SELECT coalesce(floor(extract(epoch FROM max(updated_at)) * 1000), 0)::bigint"
                    + " FROM order_svc.flash_checkout WHERE sale_id = ?", saleId);
            String placed = "FROM order_svc.customer_order WHERE flash_sale_id = ? AND status NOT IN ('REJECTED', 'CHECKING_OUT')";
            long orders = one(db, "SELECT count(*) " + placed, saleId);
            long most = one(db, "SELECT coalesce(max(n), 0) FROM (SELECT count(*) n " + placed + " GROUP BY user_id) o", saleId);
            long left = one(db, "SELECT remaining FROM promo_svc.flash_sale WHERE id = ?", saleId);
            long held = one(db, "SELECT coalesce(sum(quantity), 0) FROM promo_svc.flash_sale_take WHERE flash_sale_id = ?"
                    + " AND state IN ('TAKEN', 'HELD', 'SOLD')", saleId);
            System.out.printf("RESULT verify orders=%d most=%d left=%d held=%d queued_placed=%d queued_refused=%d queued_open=%d settled_ms=%d%n",
                    orders, most, left, held, queuedPlaced, queuedRefused, stillOpen, settledMs);
        }
    }

    static long one(java.sql.Connection db, String sql, String parameter) throws java.sql.SQLException {
        try (var statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static double percentile(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
