package shop.search.product.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import shop.search.product.entity.CategoryRef;
import shop.search.product.entity.IndexedProduct;
import shop.search.product.entity.IndexedSku;

/** A small catalog for the index tests, and a builder for more. */
final class TestProducts {

    static final CategoryRef DIGITAL = new CategoryRef("c1", "数码");
    static final CategoryRef PHONES = new CategoryRef("c11", "手机通讯");
    static final CategoryRef SMARTPHONES = new CategoryRef("c111", "智能手机");
    static final CategoryRef COMPUTERS = new CategoryRef("c12", "电脑办公");
    static final CategoryRef LAPTOPS = new CategoryRef("c121", "笔记本");
    static final CategoryRef TABLETS = new CategoryRef("c122", "平板");
    static final CategoryRef CLOTHING = new CategoryRef("c2", "服装");
    static final CategoryRef MENSWEAR = new CategoryRef("c21", "男装");
    static final CategoryRef TSHIRTS = new CategoryRef("c211", "T恤");

    /** 华为智能手机: two SKUs, 3999.00 and 4599.00 yuan. */
    static IndexedProduct huaweiPhone() {
        return product("p1", "华为智能手机").en("Huawei Smart Phone").brand("b1", "华为")
                .in(DIGITAL, PHONES, SMARTPHONES)
                .sku("s1a", 399_900, "颜色:白色 存储:256GB").sku("s1b", 459_900, "颜色:黑色 存储:512GB")
                .description("旗舰影像，超长续航").published("2024-01-01T00:00:00Z").build();
    }

    static IndexedProduct iphone() {
        return product("p2", "苹果手机 iPhone 15").en("Apple iPhone 15").brand("b2", "苹果")
                .in(DIGITAL, PHONES, SMARTPHONES).sku("s2a", 599_900, "颜色:蓝色")
                .published("2024-02-01T00:00:00Z").build();
    }

    static IndexedProduct xiaomiLaptop() {
        return product("p3", "小米笔记本电脑").en("Xiaomi Laptop").brand("b3", "小米")
                .in(DIGITAL, COMPUTERS, LAPTOPS).sku("s3a", 499_900, null)
                .published("2024-03-01T00:00:00Z").build();
    }

    /** Mentions 手机 only in its description; two SKUs, 49.00 and 79.00 yuan. */
    static IndexedProduct tshirt() {
        return product("p4", "纯棉T恤").en("Cotton T-Shirt").brand("b4", "优衣库")
                .in(CLOTHING, MENSWEAR, TSHIRTS).sku("s4a", 4_900, "尺码:M").sku("s4b", 7_900, "尺码:XL")
                .description("胸前印有手机图案").published("2024-01-15T00:00:00Z").build();
    }

    static IndexedProduct huaweiTablet() {
        return product("p5", "华为平板电脑").en("Huawei Tablet").brand("b1", "华为")
                .in(DIGITAL, COMPUTERS, TABLETS).sku("s5a", 299_900, null)
                .published("2024-04-01T00:00:00Z").build();
    }

    static List<IndexedProduct> catalog() {
        return List.of(huaweiPhone(), iphone(), xiaomiLaptop(), tshirt(), huaweiTablet());
    }

    static Builder product(String id, String name) {
        return new Builder(id, name);
    }

    static final class Builder {
        private final String id;
        private String name;
        private String nameEn;
        private String description;
        private String brandId;
        private String brandName;
        private List<CategoryRef> path = List.of();
        private final List<IndexedSku> skus = new ArrayList<>();
        private Instant published = Instant.parse("2024-01-01T00:00:00Z");
        private long version = 1;

        Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        Builder name(String value) {
            name = value;
            return this;
        }

        Builder en(String value) {
            nameEn = value;
            return this;
        }

        Builder description(String value) {
            description = value;
            return this;
        }

        Builder brand(String brand, String brandDisplayName) {
            brandId = brand;
            brandName = brandDisplayName;
            return this;
        }

        Builder in(CategoryRef... categories) {
            path = List.of(categories);
            return this;
        }

        Builder sku(String skuId, long price, String specs) {
            skus.add(new IndexedSku(skuId, price, specs));
            return this;
        }

        Builder published(String instant) {
            published = Instant.parse(instant);
            return this;
        }

        Builder published(Instant instant) {
            published = instant;
            return this;
        }

        Builder version(long value) {
            version = value;
            return this;
        }

        IndexedProduct build() {
            return new IndexedProduct(id, name, nameEn, description, brandId, brandName, path, skus,
                    "https://img.example/" + id + ".jpg", "CNY", published, version);
        }
    }

    /** A product of a generated catalog: names from a few word lists, so that keyword queries match many. */
    static IndexedProduct generated(int i, long version) {
        String[] brands = {"华为", "小米", "苹果", "联想", "海尔", "美的", "耐克", "李宁"};
        String[] things = {"智能手机", "笔记本电脑", "平板电脑", "蓝牙耳机", "运动鞋", "纯棉T恤", "电饭煲", "空调"};
        String[] adjectives = {"新款", "旗舰", "轻薄", "经典", "高端", "入门", "限量", "家用"};
        String brand = brands[i % brands.length];
        String thing = things[(i / 8) % things.length];
        CategoryRef top = new CategoryRef("g" + (i % 4), "大类" + (i % 4));
        CategoryRef leaf = new CategoryRef("g" + (i % 4) + "-" + (i % 20), thing + (i % 20));
        return product("g" + i, adjectives[(i / 64) % adjectives.length] + brand + thing + " " + i)
                .en("Generated Product " + i).brand("gb" + (i % brands.length), brand)
                .in(top, leaf)
                .sku("g" + i + "a", 1_000 + (i * 7919L) % 900_000, "颜色:白色 型号:" + i)
                .sku("g" + i + "b", 2_000 + (i * 7919L) % 900_000, "颜色:黑色 型号:" + i)
                .description("这是一款" + brand + thing + "，做工精细，性价比高，适合日常使用。")
                .published(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i * 60L))
                .version(version).build();
    }

    private TestProducts() {
    }
}
