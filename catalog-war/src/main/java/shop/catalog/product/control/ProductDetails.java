package shop.catalog.product.control;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.catalog.review.control.Reviews;

/**
 * Product detail, the hottest read of the shop, served from memory. An entry is dropped when
 * the catalog announces a change of its product (every replica hears the events), and after
 * {@code shop.catalog.detail-cache.ttl} at the latest, in case an event was missed. When the
 * database cannot answer, the last known detail is served, marked stale, rather than an error.
 */
@ApplicationScoped
public class ProductDetails {

    private static final Logger LOG = Logger.getLogger(ProductDetails.class.getName());

    /** A detail as UTF-8 JSON, or empty for a product shoppers cannot see; {@code stale} when the database was away. */
    public record Detail(Optional<byte[]> json, boolean stale) {
    }

    @Inject
    ProductCatalog catalog;

    @Inject
    Reviews reviews;

    @Inject
    @ConfigProperty(name = "shop.catalog.detail-cache.ttl", defaultValue = "PT10M")
    Duration ttl;

    @Inject
    @ConfigProperty(name = "shop.catalog.detail-cache.size", defaultValue = "200000")
    long size;

    private Cache<String, Optional<byte[]>> fresh;
    /** The last detail read of each product, kept beyond the TTL for when the database is away. */
    private Cache<String, byte[]> lastKnown;

    @PostConstruct
    void create() {
        fresh = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(ttl).build();
        lastKnown = Caffeine.newBuilder().maximumSize(size).build();
    }

    public Detail of(String productId) {
        try {
            return new Detail(fresh.get(productId, this::load), false);
        } catch (RuntimeException e) {
            byte[] known = lastKnown.getIfPresent(productId);
            if (known == null) {
                throw e;
            }
            LOG.warning(() -> "product " + productId + " served from the last known detail: " + e);
            return new Detail(Optional.of(known), true);
        }
    }

    /**
     * The product changed: the next read goes to the database. The last known detail stays, to
     * be served (marked stale) only if that read fails.
     */
    public void evict(String productId) {
        fresh.invalidate(productId);
    }

    /** Events may have been missed (the replica lost the broker): forget everything fresh. */
    public void evictAll() {
        fresh.invalidateAll();
    }

    private Optional<byte[]> load(String productId) {
        Optional<byte[]> json = catalog.published(productId)
                .map(p -> ProductJson.detail(p, reviews.ratingOf(productId)).toString().getBytes(StandardCharsets.UTF_8));
        json.ifPresentOrElse(j -> lastKnown.put(productId, j), () -> lastKnown.invalidate(productId));
        return json;
    }
}
