import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
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
 *   warm-burst HOST PORT WHAT OUT BODIES [SHOPPERS_FILE]
 *                                        the burst over connections opened beforehand (see WarmBurst): WHAT is "ping"
 *                                        or "order:SKU:SALE:ASYNC" (one request per line of SHOPPERS_FILE); writes
 *                                        "status seconds" lines to OUT and each answer's body to BODIES/N.json
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
            case "warm-burst" -> WarmBurst.run(args[1], Integer.parseInt(args[2]), args[3], Path.of(args[4]), Path.of(args[5]),
                    args.length > 6 ? args[6] : null);
            default -> throw new IllegalArgumentException("prepare | probe | report | verify | warm-burst");
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

    /**
     * 2,000 shoppers whose connections are already open, as a storefront app's are (HTTP
     * keep-alive), sending their requests at the same moment. curl and the JDK client open a new
     * connection per request, and 2,000 connects at once overflow the server's accept queue
     * (listen backlog 512): those wait 1 s or 3 s for the kernel's SYN retry before any request is
     * sent, a cost of the connect storm rather than of the request (docs/benchmarks.md). Here
     * every connection first answers one GET /catalog/ping; once all have, each request is
     * written, and its latency runs from that write to the last byte of its answer. One selector
     * thread; HTTP/1.1 with Content-Length or chunked answers; a 429 is sent again on its
     * connection after its Retry-After, the wait counted.
     */
    static final class WarmBurst {

        static final class Conn {
            final int index;
            final byte[] request;
            SocketChannel channel;
            ByteBuffer out;
            final java.io.ByteArrayOutputStream in = new java.io.ByteArrayOutputStream();
            boolean warm;
            boolean done;
            long start;
            long resendAt;
            int status;
            long latency;
            byte[] body = new byte[0];

            Conn(int index, byte[] request) {
                this.index = index;
                this.request = request;
            }
        }

        static void run(String host, int port, String what, Path out, Path bodies, String shoppersFile) throws Exception {
            List<byte[]> requests = new ArrayList<>();
            if (what.equals("ping")) {
                int count = Integer.parseInt(System.getenv().getOrDefault("BENCH_SHOPPERS", "2000"));
                for (int i = 0; i < count; i++) {
                    requests.add(("GET /catalog/ping HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                }
            } else {
                String[] order = what.split(":");
                for (String line : Files.readAllLines(Path.of(shoppersFile))) {
                    String[] shopper = line.trim().split(" ");
                    byte[] body = ("{\"items\":[{\"skuId\":\"" + order[1] + "\",\"quantity\":1}],\"addressId\":\"" + shopper[1]
                            + "\",\"flashSaleId\":\"" + order[2] + "\"}").getBytes(StandardCharsets.UTF_8);
                    String head = "POST /order/orders HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nContent-Type: application/json\r\n"
                            + "Authorization: Bearer " + shopper[0] + "\r\n" + (order[3].equals("1") ? "Prefer: respond-async\r\n" : "")
                            + "Content-Length: " + body.length + "\r\n\r\n";
                    java.io.ByteArrayOutputStream request = new java.io.ByteArrayOutputStream();
                    request.write(head.getBytes(StandardCharsets.UTF_8));
                    request.write(body);
                    requests.add(request.toByteArray());
                }
            }
            List<Conn> conns = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                conns.add(new Conn(i + 1, requests.get(i)));
            }
            byte[] warmUp = ("GET /catalog/ping HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            java.net.InetSocketAddress address = new java.net.InetSocketAddress(host, port);
            try (Selector selector = Selector.open()) {
                // Open and warm the connections 200 at a time (not measured).
                for (int from = 0; from < conns.size(); from += 200) {
                    List<Conn> batch = conns.subList(from, Math.min(conns.size(), from + 200));
                    for (Conn c : batch) {
                        open(selector, c, address, warmUp);
                    }
                    while (batch.stream().anyMatch(c -> !c.warm)) {
                        step(selector, 5_000, address, warmUp);
                    }
                }
                System.err.println("warm-burst: " + conns.size() + " connections open and warm");
                Thread.sleep(1_000);
                long burstStart = System.nanoTime();
                for (Conn c : conns) {
                    c.start = System.nanoTime();
                    c.in.reset();
                    if (c.channel == null || !c.channel.isOpen()) {
                        open(selector, c, address, c.request); // the server closed it: reconnect, counted
                    } else {
                        c.out = ByteBuffer.wrap(c.request);
                        c.channel.write(c.out);
                        c.channel.register(selector, c.out.hasRemaining() ? SelectionKey.OP_WRITE | SelectionKey.OP_READ : SelectionKey.OP_READ, c);
                    }
                }
                while (conns.stream().anyMatch(c -> !c.done)) {
                    step(selector, 100, address, warmUp);
                    long now = System.nanoTime();
                    for (Conn c : conns) {
                        if (!c.done && c.resendAt > 0 && now >= c.resendAt) {
                            c.resendAt = 0;
                            c.in.reset();
                            if (!c.channel.isOpen()) {
                                open(selector, c, address, c.request);
                                continue;
                            }
                            c.out = ByteBuffer.wrap(c.request);
                            c.channel.write(c.out);
                            c.channel.register(selector, SelectionKey.OP_READ | (c.out.hasRemaining() ? SelectionKey.OP_WRITE : 0), c);
                        }
                    }
                    if (System.nanoTime() - burstStart > 120_000_000_000L) {
                        throw new IllegalStateException("warm-burst: answers missing after 120 s");
                    }
                }
            }
            Files.createDirectories(bodies);
            List<String> lines = new ArrayList<>();
            for (Conn c : conns) {
                lines.add(c.status + " " + String.format(java.util.Locale.ROOT, "%.6f", c.latency / 1e9));
                Files.write(bodies.resolve(c.index + ".json"), c.body);
                c.channel.close();
            }
            Files.write(out, lines, StandardCharsets.UTF_8);
        }

        static void open(Selector selector, Conn c, java.net.InetSocketAddress address, byte[] first) throws IOException {
            c.channel = SocketChannel.open();
            c.channel.configureBlocking(false);
            c.channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
            c.out = ByteBuffer.wrap(first);
            if (c.channel.connect(address)) {
                c.channel.write(c.out);
                c.channel.register(selector, SelectionKey.OP_READ | (c.out.hasRemaining() ? SelectionKey.OP_WRITE : 0), c);
            } else {
                c.channel.register(selector, SelectionKey.OP_CONNECT, c);
            }
        }

        static void step(Selector selector, long timeoutMillis, java.net.InetSocketAddress address, byte[] warmUp) throws IOException {
            selector.select(timeoutMillis);
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            for (SelectionKey key : selector.selectedKeys()) {
                Conn c = (Conn) key.attachment();
                try {
                    if (key.isValid() && key.isConnectable()) {
                        c.channel.finishConnect();
                        key.interestOps(SelectionKey.OP_WRITE | SelectionKey.OP_READ);
                    }
                    if (key.isValid() && key.isWritable()) {
                        c.channel.write(c.out);
                        if (!c.out.hasRemaining()) {
                            key.interestOps(SelectionKey.OP_READ);
                        }
                    }
                    if (key.isValid() && key.isReadable()) {
                        buffer.clear();
                        int n = c.channel.read(buffer);
                        if (n < 0) {
                            key.cancel();
                            c.channel.close();
                            if (!c.warm) {
                                open(selector, c, address, warmUp);
                            } else if (c.start > 0 && !c.done && c.resendAt == 0) {
                                c.done = true; // closed before answering: counted as status 0
                                c.latency = System.nanoTime() - c.start;
                            }
                            continue;
                        }
                        c.in.write(buffer.array(), 0, n);
                        answered(c, System.nanoTime());
                    }
                } catch (IOException e) {
                    key.cancel();
                    c.channel.close();
                    if (c.warm && !c.done) {
                        c.done = true;
                        c.status = 0;
                        c.latency = System.nanoTime() - c.start;
                    } else if (!c.warm) {
                        open(selector, c, address, warmUp);
                    }
                }
            }
            selector.selectedKeys().clear();
        }

        /** Whether the bytes read so far hold a whole answer; if so, records it. */
        static void answered(Conn c, long now) {
            byte[] data = c.in.toByteArray();
            int headEnd = indexOf(data, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
            if (headEnd < 0) {
                return;
            }
            String head = new String(data, 0, headEnd, StandardCharsets.ISO_8859_1);
            String lower = head.toLowerCase(java.util.Locale.ROOT);
            int bodyStart = headEnd + 4;
            byte[] body;
            Matcher length = Pattern.compile("\r\ncontent-length:\\s*(\\d+)").matcher(lower);
            if (length.find()) {
                int size = Integer.parseInt(length.group(1));
                if (data.length < bodyStart + size) {
                    return;
                }
                body = java.util.Arrays.copyOfRange(data, bodyStart, bodyStart + size);
            } else if (lower.contains("\r\ntransfer-encoding: chunked")) {
                java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
                int at = bodyStart;
                while (true) {
                    int lineEnd = indexOf(data, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
                    if (lineEnd < 0) {
                        return;
                    }
                    int size = Integer.parseInt(new String(data, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
                    if (size == 0) {
                        if (indexOf(data, "\r\n".getBytes(StandardCharsets.US_ASCII), lineEnd + 2) < 0) {
                            return;
                        }
                        break;
                    }
                    if (data.length < lineEnd + 2 + size + 2) {
                        return;
                    }
                    whole.write(data, lineEnd + 2, size);
                    at = lineEnd + 2 + size + 2;
                }
                body = whole.toByteArray();
            } else {
                body = new byte[0];
            }
            int status = Integer.parseInt(head.substring(9, 12));
            c.in.reset();
            if (!c.warm) {
                c.warm = true;
                return;
            }
            if (status == 429) {
                Matcher retry = Pattern.compile("\r\nretry-after:\\s*(\\d+)").matcher(lower);
                c.resendAt = now + (retry.find() ? Long.parseLong(retry.group(1)) : 1) * 1_000_000_000L;
                return;
            }
            c.status = status;
            c.body = body;
            c.latency = now - c.start;
            c.done = true;
        }

        static int indexOf(byte[] data, byte[] what, int from) {
            outer:
            for (int i = from; i <= data.length - what.length; i++) {
                for (int j = 0; j < what.length; j++) {
                    if (data[i + j] != what[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
