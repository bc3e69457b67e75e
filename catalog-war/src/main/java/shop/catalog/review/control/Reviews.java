package shop.catalog.review.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import shop.catalog.product.entity.Product;
import shop.catalog.review.entity.ProductRating;
import shop.catalog.review.entity.Review;
import shop.platform.events.EventType;
import shop.platform.json.Jsons;
import shop.platform.outbox.Outbox;
import shop.platform.paging.Page;
import shop.platform.paging.PageRequest;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;

/**
 * Writing, reading and moderating reviews. Only a shopper with a paid or completed order
 * containing the product may review it, once per order; every change of a product's rating
 * is announced ({@code shop.catalog.product.rated}) so every replica's detail cache drops it.
 */
@ApplicationScoped
@Transactional
public class Reviews {

    private static final Logger LOG = Logger.getLogger(Reviews.class.getName());

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    @RestClient
    PurchaseClient purchases;

    @Inject
    Outbox outbox;

    @Inject
    ShopClock clock;

    /** The shopper writing a review. */
    public record Author(String userId, String username) {
    }

    /**
     * Records the review for {@code orderId}, or for the shopper's oldest purchase of the product
     * not reviewed yet when none is named. Refused (403) without such a purchase, 409 when every
     * purchase already has its review.
     */
    public Review write(String productId, Author author, String orderId, int rating, String text) {
        Product product = em.find(Product.class, productId);
        if (product == null || product.isDeleted()) {
            throw ProblemException.notFound("No such product.");
        }
        Set<String> bought = new LinkedHashSet<>();
        for (JsonValue purchase : purchases.of(author.userId(), productId)) {
            bought.add(purchase.asJsonObject().getString("orderId"));
        }
        if (bought.isEmpty() || (orderId != null && !bought.contains(orderId))) {
            throw new ProblemException(ErrorCode.FORBIDDEN,
                    "Only a shopper with a paid order containing this product can review it.");
        }
        List<String> reviewed = em.createQuery("SELECT r.orderId FROM Review r WHERE r.productId = :product AND r.userId = :user",
                String.class).setParameter("product", productId).setParameter("user", author.userId()).getResultList();
        String forOrder = orderId != null ? orderId : bought.stream().filter(o -> !reviewed.contains(o)).findFirst().orElse(null);
        if (forOrder == null || reviewed.contains(forOrder)) {
            throw ProblemException.conflict("This purchase already has your review.");
        }
        Review review = new Review(Ids.newId(), productId, forOrder, author.userId(), Review.masked(author.username()), rating,
                text, clock.now());
        em.persist(review);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // The same purchase reviewed twice at once: the unique key lets one through.
            throw ProblemException.conflict("This purchase already has your review.");
        }
        ProductRating ratingOfProduct = ratingForUpdate(productId);
        ratingOfProduct.add(rating);
        announce(ratingOfProduct);
        LOG.info(() -> "review " + review.id() + " of product " + productId + " for order " + review.orderId());
        return review;
    }

    /** Hides a review from shoppers (operator); hiding twice changes nothing. */
    public Review hide(String reviewId, String operator) {
        Review review = existing(reviewId);
        if (review.hide(operator)) {
            ProductRating rating = ratingForUpdate(review.productId());
            rating.remove(review.rating());
            announce(rating);
            LOG.info(() -> "review " + reviewId + " hidden by " + operator);
        }
        return review;
    }

    /** Shows a hidden review again (operator). */
    public Review show(String reviewId) {
        Review review = existing(reviewId);
        if (review.show()) {
            ProductRating rating = ratingForUpdate(review.productId());
            rating.add(review.rating());
            announce(rating);
        }
        return review;
    }

    /** Visible reviews of a product, newest first; with {@code hiddenToo} (operators) all of them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Review> of(String productId, boolean hiddenToo, PageRequest page) {
        String where = " WHERE r.productId = :product" + (hiddenToo ? "" : " AND r.hidden = FALSE");
        List<Review> items = em.createQuery("SELECT r FROM Review r" + where + " ORDER BY r.createdAt DESC, r.id DESC", Review.class)
                .setParameter("product", productId).setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(r) FROM Review r" + where, Long.class).setParameter("product", productId)
                .getSingleResult();
        return Page.of(items, page, total);
    }

    /** The product's rating as the detail shows it: {@code {average, count}}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public JsonObject ratingOf(String productId) {
        ProductRating rating = em.find(ProductRating.class, productId);
        return json(rating == null ? new ProductRating(productId) : rating);
    }

    private Review existing(String reviewId) {
        Review review = em.find(Review.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (review == null) {
            throw ProblemException.notFound("No such review.");
        }
        return review;
    }

    private ProductRating ratingForUpdate(String productId) {
        ProductRating rating = em.find(ProductRating.class, productId, LockModeType.PESSIMISTIC_WRITE);
        if (rating == null) {
            // The first review of a product: insert the row, tolerating a concurrent first review, then lock it.
            em.createNativeQuery("INSERT INTO product_rating (product_id) VALUES (?) ON CONFLICT DO NOTHING")
                    .setParameter(1, productId).executeUpdate();
            rating = em.find(ProductRating.class, productId, LockModeType.PESSIMISTIC_WRITE);
        }
        return rating;
    }

    private void announce(ProductRating rating) {
        outbox.record(EventType.CATALOG_PRODUCT_RATED, rating.productId(),
                Jsons.createObjectBuilder().add("productId", rating.productId()).add("ratingCount", rating.count())
                        .add("ratingSum", rating.sum()).build());
    }

    private static JsonObject json(ProductRating rating) {
        return Jsons.createObjectBuilder().add("average", rating.average()).add("count", rating.count()).build();
    }
}
