package shop.promo.exchange.control;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import shop.platform.json.Jsons;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.Problem;
import shop.platform.problem.ProblemException;
import shop.platform.saga.Sagas;
import shop.platform.schedule.RepeatingTask;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;
import shop.promo.exchange.entity.PointsExchange;
import shop.promo.exchange.entity.PointsOffer;
import shop.promo.flashsale.control.CatalogSkuClient;

/**
 * A shopper exchanges points for a coupon or a gift (积分兑换) in a saga: an LRA is started, this
 * service joins it (compensate: the coupon issued is taken back, a gift's unit goes back),
 * user-war holds the points (compensate: they go back), the coupon is issued within its
 * template's limits (or order-war places the gift's order, which reserves its stock and holds the
 * points), and the LRA is closed (the points are spent, the gift's order paid). A refusal
 * anywhere cancels the LRA, so the shopper never pays points without a coupon or gift nor gets
 * one without paying.
 */
@ApplicationScoped
public class PointsExchanges {

    private static final Logger LOG = Logger.getLogger(PointsExchanges.class.getName());

    @Inject
    PointsExchangeBook book;

    @Inject
    Sagas sagas;

    @Inject
    ShopClock clock;

    @Inject
    @RestClient
    PointsHoldClient points;

    @Inject
    @RestClient
    GiftOrderClient orders;

    @Inject
    @RestClient
    CatalogSkuClient catalog;

    @Inject
    @ConfigProperty(name = "shop.promo.points-exchange-participant-url")
    URI participant;

    @Inject
    @ConfigProperty(name = "shop.promo.points-exchange.time-limit", defaultValue = "PT2M")
    Duration timeLimit;

    @Resource
    ManagedScheduledExecutorService executor;

    private RepeatingTask sweep;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        sweep = RepeatingTask.start(executor, Duration.ofMinutes(1), Duration.ofMinutes(1), "points exchanges never joined",
                this::settleStale);
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel();
        }
    }

    /** A new offer of a SKU's units as gifts; 422 when the catalog does not sell the SKU now. */
    public PointsOffer openGift(String name, String skuId, int quantity, int perUserLimit, long points, String operator) {
        JsonArray found = catalog.forSale(List.of(skuId));
        if (found.isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_REFERENCE, "The catalog does not sell SKU " + skuId + " now.");
        }
        return book.openGift(name, skuId, found.getJsonObject(0).getString("productId"), quantity, perUserLimit, points, operator);
    }

    /** Who exchanges, and where a gift goes (one of their addresses; null for a coupon). */
    public record Exchanger(String userId, String username, String addressId) {
    }

    /**
     * Exchanges the shopper's points for the offer's coupon or gift; the refusal is the problem
     * of the step that refused. A gift's unit is taken as the exchange is recorded; order-war
     * then places the gift's order inside the saga, holding the points (reference: the order),
     * so the order is paid when the saga closes.
     */
    public PointsExchange exchange(String offerId, Exchanger who) {
        PointsOffer offer = book.open(offerId);
        if (offer.isGift()) {
            if (who.addressId() == null) {
                throw ProblemException.invalid("addressId", "a gift needs one of your addresses to ship to");
            }
            if (offer.remaining() <= 0) {
                throw new ProblemException(ErrorCode.SOLD_OUT, "This gift is all exchanged."); // before any saga is started
            }
        }
        String id = Ids.newId();
        URI lra = sagas.start("exchange:" + id, timeLimit);
        try {
            book.begin(id, offer, who.userId(), lra.toString());
        } catch (RuntimeException refused) {
            cancelQuietly(lra, id);
            throw refused;
        }
        try {
            sagas.join(lra, participant, Duration.ZERO);
            if (offer.isGift()) {
                JsonObject order = orders.place(lra.toString(), Jsons.createObjectBuilder()
                        .add("offerId", offer.id()).add("userId", who.userId()).add("username", who.username() == null ? "" : who.username())
                        .add("skuId", offer.skuId()).add("points", offer.points()).add("addressId", who.addressId()).build());
                book.ordered(id, order.getString("id"));
            } else {
                points.hold(lra.toString(), Jsons.createObjectBuilder()
                        .add("userId", who.userId()).add("reference", "exchange:" + id).add("points", offer.points()).build());
                book.issue(id);
            }
        } catch (RuntimeException refused) {
            Problem problem = refused instanceof ProblemException p ? p.problem()
                    : Problem.of(ErrorCode.SERVICE_UNAVAILABLE, "The exchange could not be completed; no points were taken.");
            // Refused here first, with what the shopper is told (the coordinator's compensate then finds it refused).
            book.refuse(lra.toString(), problem.toJson().toString());
            cancelQuietly(lra, id);
            throw refused;
        }
        try {
            sagas.close(lra);
        } catch (RuntimeException unsure) {
            // Whether the close was taken is unknown: the coordinator settles it (complete: done; at its time
            // limit, compensate: coupon back, points back). The shopper sees the exchange PENDING until then.
            LOG.log(Level.WARNING, "exchange " + id + ": closing its saga failed; the coordinator settles it", unsure);
            return book.find(id);
        }
        return book.done(lra.toString()).orElseThrow();
    }

    private void cancelQuietly(URI lra, String id) {
        try {
            sagas.cancel(lra);
        } catch (RuntimeException e) {
            // The saga's time limit cancels it: the points go back then.
            LOG.log(Level.WARNING, "could not cancel the saga of exchange " + id + " now; its time limit will", e);
        }
    }

    /**
     * An exchange left pending by a server that stopped before it joined its saga issued no
     * coupon, placed no order and holds no points (the saga's time limit returns any): it is
     * refused, and a gift's unit goes back.
     */
    void settleStale() {
        for (PointsExchange stale : book.stale(clock.now().minus(timeLimit.multipliedBy(2)))) {
            if (stale.couponId() == null && stale.orderId() == null) {
                book.refuse(stale.lraId(), Problem.of(ErrorCode.SERVICE_UNAVAILABLE, "The exchange did not complete; no points were taken.")
                        .toJson().toString());
            }
        }
    }
}
