package shop.order.refund.control;

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
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import shop.order.checkout.control.OrderBook;
import shop.order.checkout.entity.Order;
import shop.order.checkout.entity.OrderStatus;
import shop.order.refund.entity.OrderRefund;
import shop.order.refund.entity.RestockLine;
import shop.order.returns.control.ReturnDesk;
import shop.order.returns.entity.OrderReturn;
import shop.order.returns.entity.ReturnStatus;
import shop.platform.json.Jsons;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.saga.Sagas;
import shop.platform.schedule.RepeatingTask;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;

/**
 * The refund saga (package doc). Started without a time limit: once the provider may have paid
 * the money back, the saga must finish forwards, never time out into a compensation. Everything
 * that can be refused happens before the provider is asked; after that, a refund left half-way
 * (a crash, payment-war unavailable) is carried on by a sweep, every step being safe to repeat.
 */
@ApplicationScoped
public class RefundSaga {

    private static final Logger LOG = Logger.getLogger(RefundSaga.class.getName());

    @Inject
    Sagas sagas;

    @Inject
    RefundLedger refunds;

    @Inject
    OrderBook orders;

    @Inject
    ReturnDesk returns;

    @Inject
    ShopClock clock;

    @Inject
    @RestClient
    PaymentRefundClient payments;

    @Inject
    @RestClient
    RestockClient inventory;

    @Inject
    @RestClient
    CouponReturnClient coupons;

    @Inject
    @ConfigProperty(name = "shop.order.refund-participant-url")
    URI participant;

    /** How long a running refund is left alone before the sweep carries it on. */
    @Inject
    @ConfigProperty(name = "shop.order.refund-retry-after", defaultValue = "PT30S")
    Duration retryAfter;

    @Resource
    ManagedScheduledExecutorService executor;

    private RepeatingTask sweep;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Duration pause = retryAfter.dividedBy(2).compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter.dividedBy(2);
        sweep = RepeatingTask.start(executor, pause, pause, "stalled refunds", this::carryOnStalled);
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel();
        }
    }

    /**
     * The shopper cancels a paid order that has not shipped. The participants join first; then the
     * order enters {@code REFUNDING} (refused with 409 unless it is {@code PAID}); then the money
     * goes back and the saga closes. Returns the order as it stands afterwards.
     */
    public Order cancelPaid(String orderId, String userId) {
        Order order = orders.ofUser(orderId, userId);
        if (order.status() != OrderStatus.PAID) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "Cannot cancel an order that is " + order.status() + ".");
        }
        String refundId = Ids.newId();
        URI lra = sagas.start("refund:" + orderId, Duration.ZERO);
        OrderRefund refund;
        try {
            sagas.join(lra, participant, Duration.ZERO);
            inventory.announce(lra.toString(), stockReturn(orderId, refundId, order.lines().stream()
                    .map(l -> new RestockLine(l.skuId(), l.quantity())).toList()));
            returnCoupon(lra, order);
            refund = refunds.startCancellation(orderId, userId, lra.toString(), refundId);
        } catch (RuntimeException e) {
            // Nothing was asked of the provider: the participants simply forget the saga.
            cancelQuietly(lra, orderId);
            throw e;
        }
        carryOut(refund);
        return orders.ofUser(orderId, userId);
    }

    /**
     * An operator received the goods of an approved return: its refund is fixed and carried out
     * like a cancellation's (stock back on sale, money back), then the return is refunded. Asked
     * again after a refused refund, it tries again with the same amount. Returns the return.
     */
    public OrderReturn refundReturn(String returnId, String operator) {
        OrderReturn r = returns.find(returnId);
        if (r.status() == ReturnStatus.REFUNDED) {
            return r;
        }
        if (r.status() != ReturnStatus.APPROVED && r.status() != ReturnStatus.RECEIVED) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "Cannot receive goods of a return that is " + r.status() + ".");
        }
        String refundId = Ids.newId();
        URI lra = sagas.start("return:" + returnId, Duration.ZERO);
        OrderRefund refund;
        try {
            sagas.join(lra, participant, Duration.ZERO);
            inventory.announce(lra.toString(), stockReturn(r.orderId(), refundId, r.lines().stream()
                    .map(l -> new RestockLine(l.skuId(), l.quantity())).toList()));
            refund = returns.receive(returnId, operator, lra.toString(), refundId);
            if (returns.find(returnId).includesShipping()) {
                // The last units of the order come back: it is refunded in full, so is its coupon.
                returnCoupon(lra, orders.find(r.orderId()));
            }
        } catch (RuntimeException e) {
            cancelQuietly(lra, r.orderId());
            throw e;
        }
        carryOut(refund);
        return returns.find(returnId);
    }

    /** A refund of the whole order gives its coupon back when the saga closes (if it can still be used). */
    private void returnCoupon(URI lra, Order order) {
        if (order.couponId() != null) {
            coupons.announce(lra.toString(), Jsons.createObjectBuilder().add("orderId", order.id()).add("couponId", order.couponId()).build());
        }
    }

    /**
     * Asks payment-war to refund (the same refund id every time, so it happens once) and closes
     * the saga once it has. A refusal cancels the saga; no answer leaves it to the sweep.
     */
    void carryOut(OrderRefund refund) {
        Order order = orders.find(refund.orderId());
        URI lra = URI.create(refund.lraId());
        if (refund.amount() == 0) {
            closeQuietly(lra, refund); // nothing was paid (points covered it all): only the stock goes back
            return;
        }
        JsonObject answer;
        try {
            answer = payments.refund(refund.id(), Jsons.createObjectBuilder()
                    .add("paymentId", order.paymentId())
                    .add("orderId", order.id())
                    .add("amount", refund.amount())
                    .add("currency", order.currency())
                    .add("reason", refund.reason())
                    .build());
        } catch (ProblemException refused) {
            if (refused.problem().status() >= 500) {
                LOG.warning(() -> "refund " + refund.id() + " of order " + order.id() + " not answered yet; retried in " + retryAfter);
                return;
            }
            LOG.warning(() -> "refund " + refund.id() + " of order " + order.id() + " refused: " + refused.getMessage());
            cancelQuietly(lra, order.id());
            return;
        } catch (RuntimeException unanswered) {
            LOG.log(Level.WARNING, "refund " + refund.id() + " of order " + order.id() + " not answered yet; retried in " + retryAfter,
                    unanswered);
            return;
        }
        if ("SUCCEEDED".equals(answer.getString("status", ""))) {
            closeQuietly(lra, refund);
        }
    }

    private void closeQuietly(URI lra, OrderRefund refund) {
        try {
            if (sagas.close(lra) == Sagas.End.GONE) {
                LOG.severe(() -> "the saga of refund " + refund.id() + " ended before it was closed; order " + refund.orderId()
                        + " needs an operator");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "saga of refund " + refund.id() + " not closed yet; retried in " + retryAfter, e);
        }
    }

    private void carryOnStalled() {
        List<OrderRefund> stalled = refunds.stalledBefore(clock.now().minus(retryAfter));
        for (OrderRefund refund : stalled) {
            LOG.info(() -> "carrying on refund " + refund.id() + " of order " + refund.orderId());
            refunds.retrying(refund.id());
            carryOut(refund);
        }
    }

    private void cancelQuietly(URI lra, String orderId) {
        try {
            sagas.cancel(lra);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not cancel the refund saga of order " + orderId + " now", e);
        }
    }

    private static JsonObject stockReturn(String orderId, String refundId, List<RestockLine> lines) {
        JsonArrayBuilder units = Jsons.createArrayBuilder();
        lines.forEach(l -> units.add(Jsons.createObjectBuilder().add("skuId", l.skuId()).add("quantity", l.quantity())));
        return Jsons.createObjectBuilder().add("orderId", orderId).add("refundId", refundId).add("lines", units).build();
    }
}
