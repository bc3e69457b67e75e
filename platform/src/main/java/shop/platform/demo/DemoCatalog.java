package shop.platform.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import shop.platform.demo.DemoCatalogTables.Leaf;
import shop.platform.money.Money;

/**
 * The demo catalog that {@code ./shop up} seeds on first start: catalog-war stores the
 * categories, brands and products, inventory-war the stock of every SKU; both derive the same ids
 * from this class, so neither reads the other's tables.
 *
 * <p>The content is generated from the tables in {@link DemoCatalogTables} and is the same on
 * every run and in every JVM: ids are name-based UUIDs (version 3) of
 * {@code "shop-demo:" + kind + ":" + naturalKey}, where kind and natural key are {@code category}
 * and its slug ({@code digital}), {@code brand} and its slug ({@code huawei}), {@code product} and
 * {@code leaf slug:brand slug:型号} ({@code smartphones:huawei:Mate 60 Pro}) or {@code sku} and
 * {@code product key:spec values joined by /} ({@code ...:Mate 60 Pro:雅川青/256GB}); everything else that looks varied (which SKUs a product has,
 * how many images, the stock, the barcodes) is derived from those ids or from a {@link Random}
 * seeded with them. No clock is read.
 *
 * <p>Prices are in fen ({@link Money#CNY}); the tree has three levels and every product sits in
 * a level-3 category. About 3% of SKUs have no stock, for out-of-stock demos.
 */
public final class DemoCatalog {

    private static final String LOGO_URL = "https://img.shop.example/brands/%s.png";
    private static final String IMAGE_URL = "https://img.shop.example/products/%s/%d.jpg";
    /** GS1 prefixes 690–699 are China's; every demo barcode starts with 69. */
    private static final String BARCODE_PREFIX = "69";
    private static final int MIN_SKUS = 2;
    private static final int MAX_SKUS = 6;
    private static final int MAX_IMAGES = 5;
    /** Out of 100: how many SKUs are out of stock. */
    private static final int OUT_OF_STOCK_PERCENT = 3;
    private static final int MAX_STOCK = 999;

    /** A node of the category tree. */
    public record Category(String id, String parentId, String name, String nameEn, int level, int sortOrder) {

        /**
         * @param parentId  null for a top-level category
         * @param level     1 (top) to 3 (leaf, where products are)
         * @param sortOrder 1-based position among its siblings
         */
        public Category {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(nameEn, "nameEn");
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("level must be 1..3, was " + level);
            }
            if ((level == 1) != (parentId == null)) {
                throw new IllegalArgumentException("exactly the top level has no parent: " + name);
            }
        }
    }

    /**
     * A brand.
     *
     * @param logoUrl     {@code https://img.shop.example/brands/<slug>.png}
     * @param firstLetter {@code "A"} to {@code "Z"}, what an A–Z brand index files it under: the
     *                    pinyin initial of a Chinese brand, the English initial of one from abroad
     */
    public record Brand(String id, String name, String nameEn, String logoUrl, String firstLetter) {

        public Brand {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(nameEn, "nameEn");
            Objects.requireNonNull(logoUrl, "logoUrl");
            if (firstLetter == null || !firstLetter.matches("[A-Z]")) {
                throw new IllegalArgumentException("firstLetter must be one of A..Z, was " + firstLetter);
            }
        }
    }

    /**
     * A product (SPU) with its SKUs.
     *
     * @param categoryId always a level-3 category
     * @param skus       2 to 6, each a different combination of specs
     * @param images     1 to 5 URLs; the first is the main image
     */
    public record Product(String id, String name, String nameEn, String description, String categoryId,
                          String brandId, List<Sku> skus, List<String> images) {

        public Product {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            skus = List.copyOf(skus);
            images = List.copyOf(images);
        }
    }

    /**
     * One sellable variant of a product.
     *
     * @param specs       spec name to value in display order, e.g. {@code {颜色=白色, 存储=256GB}}
     * @param price       in fen, more than 0
     * @param currency    always {@code "CNY"}
     * @param barcode     a 13-digit EAN-13 with a correct check digit, unique in the catalog
     * @param weightGrams shipping weight, more than 0
     * @param stock       units on hand, 0 to 999
     */
    public record Sku(String id, Map<String, String> specs, long price, String currency, String barcode,
                      int weightGrams, int stock) {

        public Sku {
            Objects.requireNonNull(id, "id");
            specs = Collections.unmodifiableMap(new LinkedHashMap<>(specs));
            if (price <= 0) {
                throw new IllegalArgumentException("price must be more than 0 fen, was " + price);
            }
            Objects.requireNonNull(currency, "currency");
        }
    }

    private final List<Category> categories;
    private final List<Brand> brands;
    private final List<Product> products;

    private DemoCatalog(List<Category> categories, List<Brand> brands, List<Product> products) {
        this.categories = List.copyOf(categories);
        this.brands = List.copyOf(brands);
        this.products = List.copyOf(products);
    }

    private static final class Standard {
        static final DemoCatalog INSTANCE = generate();
    }

    /** The shop's demo catalog; always the same content. */
    public static DemoCatalog standard() {
        return Standard.INSTANCE;
    }

    /** A freshly generated copy of {@link #standard()}, for tests of determinism. */
    static DemoCatalog generate() {
        return new Generator().generate();
    }

    /** The category tree, depth first: every parent comes before its children. */
    public List<Category> categories() {
        return categories;
    }

    public List<Brand> brands() {
        return brands;
    }

    /** Every product, in category-tree order. */
    public List<Product> products() {
        return products;
    }

    /** The id of the {@code kind} with {@code naturalKey}: a name-based UUID, the same on every run. */
    static String id(String kind, String naturalKey) {
        return UUID.nameUUIDFromBytes(("shop-demo:" + kind + ":" + naturalKey).getBytes(UTF_8)).toString();
    }

    /** The EAN-13 check digit of the 12 digits before it. */
    static int ean13CheckDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = twelveDigits.charAt(i) - '0';
            sum += (i % 2 == 0) ? digit : 3 * digit;
        }
        return (10 - sum % 10) % 10;
    }

    // ------------------------------------------------------------------------------------------
    // Generation

    /** One value of a spec axis and what it does to the base price. */
    private record SpecValue(String label, BigDecimal factor, BigDecimal extraYuan) {

        /** {@code 256GB}, {@code 256GB @+500} (yuan more) or {@code 500g @x1.9} (times the price). */
        static SpecValue parse(String text) {
            String[] parts = text.split("@", 2);
            String label = parts[0].strip();
            if (parts.length == 1) {
                return new SpecValue(label, BigDecimal.ONE, BigDecimal.ZERO);
            }
            String modifier = parts[1].strip();
            if (modifier.startsWith("+")) {
                return new SpecValue(label, BigDecimal.ONE, new BigDecimal(modifier.substring(1)));
            }
            if (modifier.startsWith("x")) {
                return new SpecValue(label, new BigDecimal(modifier.substring(1)), BigDecimal.ZERO);
            }
            throw new IllegalArgumentException("unknown price modifier in '" + text + "'");
        }
    }

    /** A spec name with its values, e.g. 存储 = 128GB, 256GB, 512GB. */
    private record SpecAxis(String name, List<SpecValue> values) {

        /** {@code 名称 = a, b @+10, c}; no values means "remove this axis" in an override. */
        static SpecAxis parse(String line) {
            String[] parts = line.split("=", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("a spec axis is 'name = values', was '" + line + "'");
            }
            List<SpecValue> values = new ArrayList<>();
            for (String value : parts[1].split(",")) {
                if (!value.isBlank()) {
                    values.add(SpecValue.parse(value));
                }
            }
            return new SpecAxis(parts[0].strip(), List.copyOf(values));
        }

        /** {@code axes} with those of the same name replaced by {@code overrides} (removed if empty). */
        static List<SpecAxis> override(List<SpecAxis> axes, List<SpecAxis> overrides) {
            Map<String, SpecAxis> byName = new LinkedHashMap<>();
            axes.forEach(axis -> byName.put(axis.name(), axis));
            overrides.forEach(axis -> byName.put(axis.name(), axis));
            return byName.values().stream().filter(axis -> !axis.values().isEmpty()).toList();
        }
    }

    private static final class Generator {

        private static final Pattern CONTENT = Pattern.compile("(\\d+(?:\\.\\d+)?)(g|kg|ml)");
        private static final BigDecimal TEN_FEN = new BigDecimal("0.1");

        private final List<Category> categories = new ArrayList<>();
        private final Map<String, Brand> brands = new LinkedHashMap<>();
        private final List<Product> products = new ArrayList<>();
        private final Set<String> productNames = new HashSet<>();
        private final Set<String> barcodes = new HashSet<>();

        DemoCatalog generate() {
            for (String row : DemoCatalogTables.BRANDS) {
                String[] c = cells(row, 4);
                brands.put(c[0], new Brand(id("brand", c[0]), c[1], c[2], LOGO_URL.formatted(c[0]), c[3]));
            }
            int placedSecond = 0;
            int placedLeaves = 0;
            int topOrder = 0;
            for (String topRow : DemoCatalogTables.TOP_LEVEL) {
                String[] top = cells(topRow, 3);
                String topId = id("category", top[0]);
                categories.add(new Category(topId, null, top[1], top[2], 1, ++topOrder));
                int secondOrder = 0;
                for (String secondRow : DemoCatalogTables.SECOND_LEVEL) {
                    String[] second = cells(secondRow, 4);
                    if (!second[1].equals(top[0])) {
                        continue;
                    }
                    String secondId = id("category", second[0]);
                    categories.add(new Category(secondId, topId, second[2], second[3], 2, ++secondOrder));
                    placedSecond++;
                    int leafOrder = 0;
                    for (Leaf leaf : DemoCatalogTables.LEAVES) {
                        if (leaf.parent().equals(second[0])) {
                            String leafId = id("category", leaf.slug());
                            categories.add(new Category(leafId, secondId, leaf.name(), leaf.nameEn(), 3, ++leafOrder));
                            addProducts(leaf, leafId);
                            placedLeaves++;
                        }
                    }
                }
            }
            if (placedSecond != DemoCatalogTables.SECOND_LEVEL.size()
                    || placedLeaves != DemoCatalogTables.LEAVES.size()) {
                throw new IllegalStateException("a demo category names a parent that does not exist");
            }
            return new DemoCatalog(categories, List.copyOf(brands.values()), products);
        }

        private void addProducts(Leaf leaf, String categoryId) {
            List<SpecAxis> leafAxes = leaf.axes().lines().filter(l -> !l.isBlank()).map(SpecAxis::parse).toList();
            List<String> blurbs = leaf.blurbs().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            List<String> rows = leaf.products().lines().filter(l -> !l.isBlank()).toList();
            if (rows.isEmpty()) {
                throw new IllegalStateException("demo category " + leaf.slug() + " has no products");
            }
            for (int i = 0; i < rows.size(); i++) {
                String[] c = rows.get(i).split("\\|");
                if (c.length < 3 || c.length > 4) {
                    throw new IllegalArgumentException("a product row has 3 or 4 columns: " + rows.get(i));
                }
                Brand brand = brands.get(c[0].strip());
                if (brand == null) {
                    throw new IllegalArgumentException("unknown brand in: " + rows.get(i));
                }
                String[] model = c[1].split("/", 2);
                String modelZh = model[0].strip();
                String modelEn = model.length > 1 ? model[1].strip() : modelZh;
                BigDecimal basePrice = new BigDecimal(c[2].strip());
                List<SpecAxis> axes = c.length == 4
                        ? SpecAxis.override(leafAxes, Arrays.stream(c[3].split(";")).map(SpecAxis::parse).toList())
                        : leafAxes;

                String naturalKey = leaf.slug() + ":" + c[0].strip() + ":" + modelZh;
                String id = id("product", naturalKey);
                String name = brand.name() + leaf.name() + " " + modelZh;
                if (!productNames.add(name)) {
                    throw new IllegalStateException("two demo products are called " + name);
                }
                String nameEn = brand.nameEn() + " " + modelEn + (leaf.nounEn().isEmpty() ? "" : " " + leaf.nounEn());
                String description = name + "，" + blurbs.get(i % blurbs.size()) + "。";

                Random random = new Random(UUID.fromString(id).getMostSignificantBits());
                int productGrams = leaf.grams() * (90 + random.nextInt(21)) / 100;
                List<Sku> skus = skus(naturalKey, axes, basePrice, productGrams, random);
                List<String> images = new ArrayList<>();
                int imageCount = 1 + random.nextInt(MAX_IMAGES);
                for (int n = 1; n <= imageCount; n++) {
                    images.add(IMAGE_URL.formatted(id, n));
                }
                products.add(new Product(id, name, nameEn, description, categoryId, brand.id(), skus, images));
            }
        }

        /**
         * 2 to 6 SKUs: from every axis a run of neighbouring values (two colours, sizes M to L),
         * all combinations of them; how many from each axis and where the runs start is drawn
         * from {@code random}, which is seeded with the product's id.
         */
        private List<Sku> skus(String productKey, List<SpecAxis> axes, BigDecimal basePrice, int productGrams,
                               Random random) {
            List<int[]> shapes = new ArrayList<>();
            collectShapes(axes, 0, new int[axes.size()], 1, shapes);
            // Rather two colours and two sizes than one colour in every size, where that fits.
            List<int[]> varied = shapes.stream().filter(shape -> variesEveryAxis(axes, shape)).toList();
            if (!varied.isEmpty()) {
                shapes = varied;
            }
            if (shapes.isEmpty()) {
                throw new IllegalStateException(productKey + " cannot have " + MIN_SKUS + " to " + MAX_SKUS + " SKUs");
            }
            int[] counts = shapes.get(random.nextInt(shapes.size()));
            List<List<SpecValue>> chosen = new ArrayList<>();
            for (int a = 0; a < axes.size(); a++) {
                List<SpecValue> values = axes.get(a).values();
                int start = random.nextInt(values.size() - counts[a] + 1);
                chosen.add(values.subList(start, start + counts[a]));
            }
            List<Sku> skus = new ArrayList<>();
            for (List<SpecValue> combination : combinations(chosen)) {
                skus.add(sku(productKey, axes, combination, basePrice, productGrams));
            }
            return skus;
        }

        /** Every way to take 1..n values from each axis so that the combinations number 2 to 6. */
        private static void collectShapes(List<SpecAxis> axes, int axis, int[] counts, int product, List<int[]> out) {
            if (axis == axes.size()) {
                if (product >= MIN_SKUS) {
                    out.add(counts.clone());
                }
                return;
            }
            for (int k = 1; k <= axes.get(axis).values().size() && product * k <= MAX_SKUS; k++) {
                counts[axis] = k;
                collectShapes(axes, axis + 1, counts, product * k, out);
            }
        }

        private static boolean variesEveryAxis(List<SpecAxis> axes, int[] shape) {
            for (int a = 0; a < axes.size(); a++) {
                if (axes.get(a).values().size() > 1 && shape[a] < 2) {
                    return false;
                }
            }
            return true;
        }

        private static List<List<SpecValue>> combinations(List<List<SpecValue>> perAxis) {
            List<List<SpecValue>> result = List.of(List.of());
            for (List<SpecValue> values : perAxis) {
                List<List<SpecValue>> next = new ArrayList<>();
                for (List<SpecValue> prefix : result) {
                    for (SpecValue value : values) {
                        List<SpecValue> combination = new ArrayList<>(prefix);
                        combination.add(value);
                        next.add(combination);
                    }
                }
                result = next;
            }
            return result;
        }

        private Sku sku(String productKey, List<SpecAxis> axes, List<SpecValue> combination, BigDecimal basePrice,
                        int productGrams) {
            Map<String, String> specs = new LinkedHashMap<>();
            BigDecimal factor = BigDecimal.ONE;
            BigDecimal extra = BigDecimal.ZERO;
            Integer contentGrams = null;
            for (int a = 0; a < axes.size(); a++) {
                SpecValue value = combination.get(a);
                specs.put(axes.get(a).name(), value.label());
                factor = factor.multiply(value.factor());
                extra = extra.add(value.extraYuan());
                Matcher content = CONTENT.matcher(value.label());
                if (content.matches()) {
                    BigDecimal amount = new BigDecimal(content.group(1));
                    contentGrams = (content.group(2).equals("kg") ? amount.movePointRight(3) : amount).intValue();
                }
            }
            String id = id("sku", productKey + ":" + String.join("/", specs.values()));

            BigDecimal yuan = basePrice.multiply(factor);
            if (factor.compareTo(BigDecimal.ONE) != 0) {
                // A pack price like 56.81 becomes 56.90: whole yuan less ten fen.
                yuan = yuan.setScale(0, RoundingMode.HALF_UP).subtract(TEN_FEN);
            }
            long price = yuan.add(extra).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();

            int weight = contentGrams != null
                    ? contentGrams + contentGrams / 10 + 20 // what is inside, plus packaging
                    : BigDecimal.valueOf(productGrams).multiply(factor).setScale(0, RoundingMode.HALF_UP).intValueExact();

            UUID uuid = UUID.fromString(id);
            String body = BARCODE_PREFIX + "%010d".formatted(Math.floorMod(uuid.getMostSignificantBits(), 10_000_000_000L));
            String barcode = body + ean13CheckDigit(body);
            if (!barcodes.add(barcode)) {
                throw new IllegalStateException("two demo SKUs would share barcode " + barcode);
            }
            long bits = uuid.getLeastSignificantBits();
            int stock = Math.floorMod(bits, 100) < OUT_OF_STOCK_PERCENT
                    ? 0
                    : 1 + (int) Math.floorMod(bits >>> 8, (long) MAX_STOCK);

            return new Sku(id, specs, price, Money.CNY, barcode, Math.max(1, weight), stock);
        }

        /** The {@code |}-separated, trimmed cells of a table row, exactly {@code count} of them. */
        private static String[] cells(String row, int count) {
            String[] cells = row.split("\\|");
            if (cells.length != count) {
                throw new IllegalArgumentException("expected " + count + " columns in: " + row);
            }
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip();
            }
            return cells;
        }
    }
}
