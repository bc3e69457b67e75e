package shop.order.checkout.control;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import shop.order.checkout.control.OrderPricing.Offer;
import shop.order.checkout.control.OrderPricing.Wanted;
import shop.order.checkout.entity.Order;
import shop.order.checkout.entity.OrderStatus;
import shop.order.pricing.control.PriceCalculation;
import shop.order.pricing.entity.Quote;
import shop.platform.json.Jsons;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.saga.Sagas;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;

/**
 * The checkout saga (DESIGN.md): prices and address are settled first, then an LRA with the
 * payment window as its time limit is started and, inside it, the order is recorded, stock is
 * reserved and a payment is created. Any refusal or failure cancels the LRA, so the coordinator
 * releases whatever was held, and the shopper's list never shows the attempt.
 */
@ApplicationScoped
public class Checkout {

    private static final Logger LOG = Logger.getLogger(Checkout.class.getName());

    @Inject
    Sagas sagas;

    @Inject
    OrderBook orders;

    @Inject
    ShopClock clock;

    @Inject
    CatalogOffers offers;

    @Inject
    PriceCalculation calculation;

    @Inject
    @RestClient
    AddressClient addresses;

    @Inject
    @RestClient
    InventoryClient inventory;

    @Inject
    @RestClient
    PaymentClient payments;

    @Inject
    @RestClient
    CouponLockClient coupons;

    @Inject
    @RestClient
    FlashSaleClient flashSales;

    @Inject
    @RestClient
    PointsClient points;

    @Inject
    FlashSaleGate flashGate;

    @Inject
    @ConfigProperty(name = "shop.order.payment-window", defaultValue = "PT30M")
    Duration paymentWindow;

    @Inject
    @ConfigProperty(name = "shop.order.saga-participant-url")
    URI participant;

    /** Who is buying: the token's subject and name. */
    public record Shopper(String userId, String username) {
    }

    /**
     * Prices what the shopper asks for, as the order would be priced, without placing anything.
     * The address is optional here: without one, shipping is charged as to a near region.
     * {@code couponId} null: the best of the shopper's coupons is chosen, as checkout would;
     * {@code pointsWanted} are checked against the shopper's balance when user-war answers.
     */
    public Quote preview(Shopper shopper, List<Wanted> wanted, String addressId, String couponId, long pointsWanted) {
        Map<String, Integer> quantities = OrderPricing.merge(wanted);
        String province = addressId == null ? null : addressOf(shopper, addressId).getString("province", null);
        Quote quote = calculation.quote(OrderPricing.basket(quantities, offers.of(quantities.keySet()), province)
                .forShopper(shopper.userId(), couponId).withPoints(pointsWanted));
        refuseMissingPoints(shopper, quote, true);
        return quote;
    }

    /**
     * Places the order, or refuses it leaving nothing held. The coupon the price used (the one
     * asked for, or the best of the shopper's) is locked inside the saga: used when the order is
     * paid, back in the wallet when the saga is cancelled. Points paid with are held the same
     * way: spent when the order is paid, back in the balance when the saga is cancelled.
     */
    public Order place(Shopper shopper, List<Wanted> wanted, String addressId, String couponId, long pointsWanted) {
        Map<String, Integer> quantities = OrderPricing.merge(wanted);
        JsonObject address = addressOf(shopper, addressId);
        Quote quote = calculation.quote(OrderPricing.basket(quantities, offers.of(quantities.keySet()),
                address.getString("province", null)).forShopper(shopper.userId(), couponId).withPoints(pointsWanted));
        refuseMissingPoints(shopper, quote, false);
        if (quote.promotionsUnavailable()) {
            // The price without promotions is not one the shopper was shown: refuse rather than overcharge.
            throw new ProblemException(ErrorCode.SERVICE_UNAVAILABLE, "Promotions cannot be priced right now; try again in a moment.");
        }
        return inSaga(Ids.newId(), shopper, quantities, address, quote, null);
    }

    /**
     * Units of a flash sale taken before the saga (DESIGN.md) under {@code takeId}, at the sale's
     * unit {@code price}; held inside the saga.
     */
    public record TakenUnits(String saleId, String takeId, String skuId, int quantity, long price) {
    }

    /**
     * Places an order in a flash sale: the sale's SKU only, at its price. The cheap gates come
     * first ({@link #takeFlash}); only shoppers who got units go on, at most
     * {@code max-concurrent-checkouts} at a time (the others wait briefly for a slot, then get
     * 429); the rest is the normal saga, in which the take is held. A refused checkout gives the
     * units back.
     */
    public Order placeFlash(Shopper shopper, String saleId, List<Wanted> wanted, String addressId) {
        TakenUnits taken = takeFlash(shopper, saleId, wanted);
        try {
            flashGate.enter();
        } catch (RuntimeException busy) {
            giveBackQuietly(taken.takeId());
            throw busy;
        }
        try {
            return placeTaken(shopper, taken, addressId, Ids.newId());
        } finally {
            flashGate.leave();
        }
    }

    /**
     * The gates of a flash sale checkout, before any saga: a sale sold out a moment ago is 409 at
     * once; otherwise the shopper's units are taken from the sale's quota (409 {@code SOLD_OUT},
     * {@code NOT_STARTED}, {@code ENDED}, {@code CONFLICT} over the limit), with at most
     * {@code concurrent-takes} takes in flight (one more: 429 at once). A sold-out burst never
     * reaches the coordinator.
     */
    public TakenUnits takeFlash(Shopper shopper, String saleId, List<Wanted> wanted) {
        Map<String, Integer> quantities = OrderPricing.merge(wanted);
        if (quantities.size() != 1) {
            throw ProblemException.invalid("items", "a flash sale order holds the sale's SKU only");
        }
        Map.Entry<String, Integer> line = quantities.entrySet().iterator().next();
        flashGate.refuseIfSoldOut(saleId);
        String takeId = Ids.newId();
        flashGate.takeTurn();
        try {
            flashGate.refuseIfSoldOut(saleId); // another request may have heard "sold out" since the first look
            JsonObject take = takeUnits(saleId, takeId, shopper, line.getKey(), line.getValue());
            return new TakenUnits(saleId, takeId, line.getKey(), line.getValue(), take.getJsonNumber("price").longValueExact());
        } finally {
            flashGate.takeDone();
        }
    }

    /**
     * The saga of a flash sale order whose units are taken, placing it as {@code orderId}; a
     * refusal gives the units back (held ones go back by the saga's compensation).
     */
    public Order placeTaken(Shopper shopper, TakenUnits taken, String addressId, String orderId) {
        try {
            JsonObject address = addressOf(shopper, addressId);
            Map<String, Integer> quantities = Map.of(taken.skuId(), taken.quantity());
            Quote quote = calculation.quote(OrderPricing.basket(quantities, offerAt(taken.skuId(), taken.price()),
                    address.getString("province", null)).forShopper(shopper.userId(), null).inFlashSale(taken.saleId()));
            return inSaga(orderId, shopper, quantities, address, quote, taken);
        } catch (RuntimeException refused) {
            giveBackQuietly(taken.takeId());
            throw refused;
        }
    }

    /**
     * Places the order of a gift exchanged for points inside the exchange's saga {@code lra}
     * (promo-war's, which took the gift from its offer and closes or cancels the saga): one unit
     * of the SKU priced at the offer's {@code pointsPrice} as fen, paid with those points alone,
     * shipped free. Inside the saga the order is recorded, stock reserved and the points held;
     * there is no payment, so closing the saga marks the order paid. Points short are refused by
     * the hold (400), not by a balance read first: the saga is already running. A refusal rejects
     * the order; the saga's owner cancels the saga, releasing whatever was held.
     */
    public Order placeGift(Shopper shopper, URI lra, String offerId, String skuId, long pointsPrice, String addressId) {
        String orderId = Ids.newId();
        JsonObject address = addressOf(shopper, addressId);
        Map<String, Integer> quantities = Map.of(skuId, 1);
        Quote quote = calculation.quote(OrderPricing.basket(quantities, offerAt(skuId, pointsPrice), address.getString("province", null))
                .forShopper(shopper.userId(), null).asGift(offerId));
        Order opening = Order.checkingOut(orderId, shopper.userId(), lra.toString(), quote.currency(), OrderPricing.lines(quote, Ids::newId),
                OrderPricing.totals(quote), address.toString(), clock.now().plus(paymentWindow), clock.now());
        opening.exchangedForGift(offerId);
        orders.open(opening);
        try {
            sagas.join(lra, participant, Duration.ZERO);
            inventory.reserve(lra.toString(), reservation(orderId, quantities));
            points.hold(lra.toString(), Jsons.createObjectBuilder()
                    .add("userId", shopper.userId()).add("reference", orderId).add("points", quote.points()).build());
            return orders.awaitPayment(orderId, null);
        } catch (RuntimeException refused) {
            LOG.info(() -> "gift order " + orderId + " refused: " + refused.getMessage());
            orders.reject(orderId);
            throw refused;
        }
    }

    /** Prices a flash sale order as {@link #placeFlash} would, without taking anything (409 unless the sale is on). */
    public Quote previewFlash(Shopper shopper, String saleId, List<Wanted> wanted, String addressId) {
        Map<String, Integer> quantities = OrderPricing.merge(wanted);
        if (quantities.size() != 1) {
            throw ProblemException.invalid("items", "a flash sale order holds the sale's SKU only");
        }
        JsonObject sale = saleTerms(saleId);
        String sku = quantities.keySet().iterator().next();
        if (!sale.getString("skuId").equals(sku)) {
            throw new ProblemException(ErrorCode.INVALID_REFERENCE, "This flash sale sells another SKU.");
        }
        switch (sale.getString("status")) {
            case "UPCOMING" -> throw new ProblemException(ErrorCode.NOT_STARTED, "The flash sale starts at " + sale.getString("startsAt") + ".");
            case "ENDED" -> throw new ProblemException(ErrorCode.ENDED, "The flash sale has ended.");
            case "SOLD_OUT" -> throw new ProblemException(ErrorCode.SOLD_OUT, "This flash sale is sold out.");
            default -> { }
        }
        String province = addressId == null ? null : addressOf(shopper, addressId).getString("province", null);
        return calculation.quote(OrderPricing.basket(quantities, offerAt(sku, sale.getJsonNumber("price").longValueExact()), province)
                .forShopper(shopper.userId(), null).inFlashSale(saleId));
    }

    /** The saga of a priced order: recorded, stock reserved, coupon locked, flash units held, payment created. */
    private Order inSaga(String orderId, Shopper shopper, Map<String, Integer> quantities, JsonObject address, Quote quote, TakenUnits flash) {
        URI lra = sagas.start("checkout:" + orderId, paymentWindow);
        Order opening = Order.checkingOut(orderId, shopper.userId(), lra.toString(), quote.currency(), OrderPricing.lines(quote, Ids::newId),
                OrderPricing.totals(quote), address.toString(), clock.now().plus(paymentWindow), clock.now());
        if (quote.couponId() != null) {
            opening.usesCoupon(quote.couponId());
        }
        if (flash != null) {
            opening.boughtInFlashSale(flash.saleId());
        }
        orders.open(opening);
        try {
            sagas.join(lra, participant, Duration.ZERO);
            inventory.reserve(lra.toString(), reservation(orderId, quantities));
            if (quote.couponId() != null) {
                coupons.lock(lra.toString(), Jsons.createObjectBuilder()
                        .add("orderId", orderId).add("userId", shopper.userId()).add("couponId", quote.couponId()).build());
            }
            if (quote.points() > 0) {
                points.hold(lra.toString(), Jsons.createObjectBuilder()
                        .add("userId", shopper.userId()).add("reference", orderId).add("points", quote.points()).build());
            }
            if (flash != null) {
                flashSales.hold(flash.takeId(), lra.toString(), Jsons.createObjectBuilder().add("orderId", orderId).build());
            }
            JsonObject payment = payments.create(lra.toString(), Jsons.createObjectBuilder()
                    .add("orderId", orderId)
                    .add("userId", shopper.userId())
                    .add("username", shopper.username() == null ? "" : shopper.username())
                    .add("amount", quote.payable())
                    .add("currency", quote.currency())
                    .build());
            return orders.awaitPayment(orderId, payment.getString("id"));
        } catch (RuntimeException refused) {
            abandon(orderId, lra, refused);
            throw refused;
        }
    }

    /**
     * A shopper paying with more points than they have is told before any saga starts (400, as
     * the hold inside the saga would answer). When user-war does not answer, a preview goes on
     * (the hold decides at checkout) and a checkout goes on to the hold, which decides.
     */
    private void refuseMissingPoints(Shopper shopper, Quote quote, boolean preview) {
        if (quote.points() == 0) {
            return;
        }
        long balance;
        try {
            balance = points.balance(shopper.userId()).getJsonNumber("balance").longValueExact();
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException unanswered) {
            LOG.fine(() -> "points balance of " + shopper.userId() + " unknown now (" + unanswered + ")"
                    + (preview ? "; the preview does not check it" : "; the hold decides"));
            return;
        }
        if (balance < quote.points()) {
            throw ProblemException.invalid("points", "exceeds your points balance (" + balance + ")");
        }
    }

    private JsonObject takeUnits(String saleId, String takeId, Shopper shopper, String skuId, int quantity) {
        try {
            return flashSales.take(saleId, takeId, Jsons.createObjectBuilder().add("userId", shopper.userId()).add("skuId", skuId)
                    .add("quantity", quantity).build());
        } catch (ProblemException e) {
            if (e.problem().code() == ErrorCode.SOLD_OUT) {
                flashGate.soldOut(saleId);
            }
            if (e.problem().code() == ErrorCode.NOT_FOUND) {
                throw new ProblemException(ErrorCode.INVALID_REFERENCE, "No such flash sale.");
            }
            throw e;
        } catch (BulkheadException | CircuitBreakerOpenException notSent) {
            throw flashGate.busy(); // the take was never sent: nothing to give back
        } catch (RuntimeException unanswered) {
            // promo-war is overloaded or down: a unit it may have taken (or is still taking) goes back now.
            LOG.warning(() -> "flash sale " + saleId + ": no answer to take " + takeId + ": " + unanswered);
            giveBackQuietly(takeId);
            throw flashGate.busy();
        }
    }

    private JsonObject saleTerms(String saleId) {
        try {
            return flashSales.find(saleId);
        } catch (ProblemException e) {
            if (e.problem().code() == ErrorCode.NOT_FOUND) {
                throw new ProblemException(ErrorCode.INVALID_REFERENCE, "No such flash sale.");
            }
            throw e;
        }
    }

    /** The catalog's offer for the SKU at another price (a sale's, a gift's); 422 when the catalog no longer sells it. */
    private Map<String, Offer> offerAt(String skuId, long price) {
        Map<String, Offer> offer = offers.of(List.of(skuId));
        if (offer.containsKey(skuId)) {
            offer.put(skuId, offer.get(skuId).at(price));
        }
        return offer;
    }

    void giveBackQuietly(String takeId) {
        try {
            flashSales.giveBack(takeId);
        } catch (RuntimeException e) {
            // promo-war's sweep gives back a take no saga held after a minute.
            LOG.warning(() -> "flash sale take " + takeId + " not given back now (" + e + "); the sweep will");
        }
    }

    /**
     * The shopper cancels an unpaid order: the saga is cancelled, so stock and payment are
     * released by their compensations, and the order's own compensation cancels it.
     */
    public Order cancel(String orderId, String userId) {
        Order order = orders.requestCancel(orderId, userId);
        if (order.status() == OrderStatus.PENDING_PAYMENT) {
            sagas.cancel(URI.create(order.lraId()));
        }
        Order now = orders.ofUser(orderId, userId);
        if (now.status() == OrderStatus.PENDING_PAYMENT) {
            // The coordinator took the cancel but has not reached us yet (or it closed first).
            throw new ProblemException(ErrorCode.CONFLICT, "The order is being settled; try again in a moment.");
        }
        return now;
    }

    /** Ends a checkout that did not finish: its saga is cancelled and the order never shown. */
    void abandon(String orderId, URI lra, Exception cause) {
        LOG.info(() -> "checkout of order " + orderId + " refused: " + cause.getMessage());
        try {
            sagas.cancel(lra);
        } catch (RuntimeException e) {
            // The LRA's time limit, or the abandoned-checkout sweep, cancels it later.
            LOG.log(Level.WARNING, "could not cancel the saga of order " + orderId + " now; it will be cancelled later", e);
        }
        orders.reject(orderId);
    }

    /** The shopper's address as the order keeps it; 422 when it is not theirs. */
    private JsonObject addressOf(Shopper shopper, String addressId) {
        try {
            JsonObject address = addresses.ofOwner(addressId, shopper.userId());
            return Jsons.createObjectBuilder(address).remove("isDefault").build();
        } catch (ProblemException e) {
            if (e.problem().code() == ErrorCode.NOT_FOUND) {
                throw new ProblemException(ErrorCode.INVALID_REFERENCE, "No such address in your address book.");
            }
            throw e;
        }
    }

    private static JsonObject reservation(String orderId, Map<String, Integer> quantities) {
        JsonArrayBuilder lines = Jsons.createArrayBuilder();
        quantities.forEach((sku, quantity) -> lines.add(Jsons.createObjectBuilder().add("skuId", sku).add("quantity", quantity)));
        return Jsons.createObjectBuilder().add("orderId", orderId).add("lines", lines).build();
    }
}
