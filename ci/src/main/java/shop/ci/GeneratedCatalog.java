package shop.ci;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Adds generated, published products to the catalog's schema for benchmarks (bench/search.sh):
 * names built from the demo catalog's brands and leaf categories plus a model and an edition,
 * one to three SKUs each. Written straight into catalog_svc with batched inserts, because a
 * hundred thousand products through the operator API would take an hour; each product takes its
 * number in the catalog's change feed, so search finds them by catching up or by a rebuild.
 *
 * <p>Usage: {@code GeneratedCatalog <jdbc-url> <catalog user> <password> <count> <file for the ids>}.
 */
public final class GeneratedCatalog {

    private static final String[] EDITIONS = {"旗舰版", "标准版", "青春版", "Pro", "Max", "Lite", "尊享版", "经典款", "新款", "限定版"};
    private static final String[] COLORS = {"黑色", "白色", "蓝色", "红色", "银色", "金色", "绿色", "紫色"};
    private static final String[] SIZES = {"S", "M", "L", "XL", "128GB", "256GB", "512GB", "1TB"};
    private static final String[] WORDS = {"轻薄", "耐用", "高性能", "便携", "智能", "静音", "快充", "防水", "环保", "舒适"};

    private record Leaf(String id, String name, String nameEn) {
    }

    private record Brand(String id, String name, String nameEn) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: GeneratedCatalog <jdbc-url> <user> <password> <count> <ids-file>");
            System.exit(2);
        }
        int count = Integer.parseInt(args[3]);
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(args[0] + (args[0].contains("?") ? "&" : "?") + "reWriteBatchedInserts=true",
                args[1], args[2]);
             PrintWriter ids = new PrintWriter(Files.newBufferedWriter(Path.of(args[4]), StandardCharsets.UTF_8))) {
            db.setAutoCommit(false);
            generate(db, count, ids);
        }
        System.out.printf("generated %d products in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
    }

    private static void generate(Connection db, int count, PrintWriter ids) throws SQLException, IOException {
        List<Leaf> leaves = new ArrayList<>();
        try (ResultSet rows = db.createStatement().executeQuery(
                "SELECT c.id, c.name, COALESCE(c.name_en, c.name) FROM category c WHERE NOT EXISTS (SELECT 1 FROM category k WHERE k.parent_id = c.id)")) {
            while (rows.next()) {
                leaves.add(new Leaf(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        List<Brand> brands = new ArrayList<>();
        try (ResultSet rows = db.createStatement().executeQuery("SELECT id, name, COALESCE(name_en, name) FROM brand")) {
            while (rows.next()) {
                brands.add(new Brand(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        Random random = new Random(42);
        int batch = 2_000;
        for (int done = 0; done < count; done += batch) {
            int size = Math.min(batch, count - done);
            long last;
            // Reserve a block of change numbers; the row lock keeps the feed in commit order.
            try (ResultSet row = db.createStatement().executeQuery(
                    "UPDATE product_change_counter SET last_seq = last_seq + " + size + " WHERE id = 1 RETURNING last_seq")) {
                row.next();
                last = row.getLong(1);
            }
            try (PreparedStatement product = db.prepareStatement("INSERT INTO product (id, name, name_en, description, category_id,"
                    + " brand_id, status, images, version, created_at, updated_at, published_at, change_seq)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, 1, ?, ?, ?, ?)");
                 PreparedStatement sku = db.prepareStatement("INSERT INTO sku (id, product_id, specs, price, currency, barcode,"
                    + " weight_grams, enabled, sort_order) VALUES (?, ?, ?, ?, 'CNY', NULL, ?, TRUE, ?)")) {
                for (int i = 0; i < size; i++) {
                    Leaf leaf = leaves.get(random.nextInt(leaves.size()));
                    Brand brand = brands.get(random.nextInt(brands.size()));
                    String model = (char) ('A' + random.nextInt(26)) + Integer.toString(100 + random.nextInt(900));
                    String edition = EDITIONS[random.nextInt(EDITIONS.length)];
                    String id = UUID.randomUUID().toString();
                    Timestamp published = Timestamp.from(Instant.now().minusSeconds(random.nextInt(365 * 86_400)));
                    product.setString(1, id);
                    product.setString(2, brand.name() + leaf.name() + " " + model + " " + edition);
                    product.setString(3, brand.nameEn() + " " + leaf.nameEn() + " " + model);
                    product.setString(4, WORDS[random.nextInt(WORDS.length)] + "，" + WORDS[random.nextInt(WORDS.length)] + "，" + leaf.name()
                            + "之选。");
                    product.setString(5, leaf.id());
                    product.setString(6, brand.id());
                    product.setString(7, "[\"https://img.shop.example/gen/" + id + ".jpg\"]");
                    product.setTimestamp(8, published);
                    product.setTimestamp(9, published);
                    product.setTimestamp(10, published);
                    product.setLong(11, last - size + 1 + i);
                    product.addBatch();
                    long base = 990 + random.nextInt(500_000);
                    int skus = 1 + random.nextInt(3);
                    for (int s = 0; s < skus; s++) {
                        sku.setString(1, UUID.randomUUID().toString());
                        sku.setString(2, id);
                        sku.setString(3, "{\"颜色\":\"" + COLORS[(i + s) % COLORS.length] + "\",\"规格\":\"" + SIZES[s % SIZES.length] + "\"}");
                        sku.setLong(4, base + s * 10_000L);
                        sku.setInt(5, 100 + random.nextInt(5_000));
                        sku.setInt(6, s);
                        sku.addBatch();
                    }
                    ids.println(id);
                }
                product.executeBatch();
                sku.executeBatch();
            }
            db.commit();
        }
    }
}
