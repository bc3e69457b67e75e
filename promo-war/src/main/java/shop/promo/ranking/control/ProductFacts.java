package shop.promo.ranking.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.platform.ServiceIdentity;
import shop.platform.time.ShopClock;
import shop.promo.ranking.entity.ProductFact;

/**
 * What the catalog said about each product rankings and recommendations show, kept in the promo
 * schema ({@code product_fact}): rankings filter and name products from here with one query, and
 * keep answering while the catalog does not. A product sold for the first time is asked about by
 * {@link #checkDue(int)} shortly after; what is known is asked again after
 * {@code shop.promo.catalog.refresh-after}, so renames, moves and unpublishing show up.
 */
@ApplicationScoped
public class ProductFacts {

    private static final String COLUMNS = "product_id, name, category_id, brand_id, price, currency, on_sale, checked_at";

    @Inject
    ServiceIdentity service;

    @Inject
    CatalogLookups catalog;

    @Inject
    ShopClock clock;

    /** A stored fact and when the catalog was last asked (null: never yet). */
    private record Stored(ProductFact fact, Instant checkedAt) {
    }

    /** Products just sold: rows to be filled in by the next check (inside the caller's transaction). */
    public void sold(Collection<String> productIds) {
        try (Connection connection = service.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO product_fact (product_id) VALUES (?) ON CONFLICT DO NOTHING")) {
            for (String productId : productIds) {
                insert.setString(1, productId);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot note sold products", e);
        }
    }

    /**
     * The product as the catalog shows it now, or as it last did when it does not answer; empty
     * when the catalog does not answer and never did about this product.
     */
    public Optional<ProductFact> current(String productId) {
        Stored stored = read(productId);
        if (stored != null && stored.checkedAt() != null && !due(stored.checkedAt())) {
            return Optional.of(stored.fact());
        }
        Optional<ProductFact> answered = catalog.product(productId);
        if (answered.isPresent()) {
            // Unknown ids are not stored: only products sold here or shown on sale earn a row.
            if (stored != null || answered.get().onSale()) {
                save(answered.get());
            }
            return answered;
        }
        return stored == null || stored.checkedAt() == null ? Optional.empty() : Optional.of(stored.fact());
    }

    /**
     * Asks the catalog about up to {@code batch} products never asked about or not for a while,
     * never-asked first; stops at the first question the catalog leaves unanswered. Returns how
     * many were brought up to date.
     */
    public int checkDue(int batch) {
        List<String> due = new ArrayList<>();
        try (Connection connection = service.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT product_id FROM product_fact"
                     + " WHERE checked_at IS NULL OR checked_at < ? ORDER BY checked_at NULLS FIRST, product_id LIMIT ?")) {
            select.setTimestamp(1, Timestamp.from(clock.instant().minus(catalog.refreshAfter())));
            select.setInt(2, batch);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the products to check", e);
        }
        int checked = 0;
        for (String productId : due) {
            Optional<ProductFact> answered = catalog.product(productId);
            if (answered.isEmpty()) {
                break;
            }
            save(answered.get());
            checked++;
        }
        return checked;
    }

    private boolean due(Instant checkedAt) {
        return checkedAt.isBefore(clock.instant().minus(catalog.refreshAfter()));
    }

    private Stored read(String productId) {
        try (Connection connection = service.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM product_fact WHERE product_id = ?")) {
            select.setString(1, productId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                Timestamp checkedAt = row.getTimestamp(8);
                return new Stored(new ProductFact(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getLong(5), row.getString(6), row.getBoolean(7)), checkedAt == null ? null : checkedAt.toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read product " + productId, e);
        }
    }

    private void save(ProductFact fact) {
        try (Connection connection = service.dataSource().getConnection();
             PreparedStatement upsert = connection.prepareStatement("INSERT INTO product_fact (" + COLUMNS + ")"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (product_id) DO UPDATE SET name = EXCLUDED.name,"
                     + " category_id = EXCLUDED.category_id, brand_id = EXCLUDED.brand_id, price = EXCLUDED.price,"
                     + " currency = EXCLUDED.currency, on_sale = EXCLUDED.on_sale, checked_at = EXCLUDED.checked_at")) {
            upsert.setString(1, fact.productId());
            upsert.setString(2, fact.name());
            upsert.setString(3, fact.categoryId());
            upsert.setString(4, fact.brandId());
            if (fact.onSale()) {
                upsert.setLong(5, fact.price());
            } else {
                upsert.setNull(5, Types.BIGINT);
            }
            upsert.setString(6, fact.currency());
            upsert.setBoolean(7, fact.onSale());
            upsert.setTimestamp(8, Timestamp.from(clock.instant()));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store product " + fact.productId(), e);
        }
    }
}
