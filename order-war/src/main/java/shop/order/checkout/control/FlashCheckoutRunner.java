package shop.order.checkout.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import shop.order.checkout.control.Checkout.Shopper;
import shop.order.checkout.control.Checkout.TakenUnits;
import shop.order.checkout.entity.FlashCheckout;
import shop.order.checkout.entity.Order;
import shop.order.checkout.entity.OrderStatus;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.Problem;
import shop.platform.problem.ProblemException;

/** Runs the saga of one accepted flash sale checkout, outside any request (FlashCheckoutQueue). */
@ApplicationScoped
public class FlashCheckoutRunner {

    private static final Logger LOG = Logger.getLogger(FlashCheckoutRunner.class.getName());

    private static final Problem NOT_COMPLETED = Problem.of(ErrorCode.SERVICE_UNAVAILABLE,
            "The checkout could not be completed; the units went back to the sale.");

    @Inject
    Checkout checkout;

    @Inject
    FlashCheckouts checkouts;

    @Inject
    OrderBook orders;

    /**
     * Places the order under the checkout's id, or records why not (the units are given back by
     * the refused saga). Does nothing for a checkout another runner has.
     */
    @ActivateRequestContext
    public void run(String id) {
        if (!checkouts.claim(id)) {
            return;
        }
        FlashCheckout c = checkouts.find(id);
        try {
            checkout.placeTaken(new Shopper(c.userId(), c.username()), new TakenUnits(c.saleId(), c.takeId(), c.skuId(), c.quantity(), c.price()),
                    c.addressId(), c.id());
        } catch (ProblemException refused) {
            checkouts.refused(id, refused.problem());
            return;
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "flash checkout " + id + " failed", failed);
            checkouts.refused(id, NOT_COMPLETED);
            return;
        }
        checkouts.placed(id);
    }

    /**
     * A checkout whose runner stopped (the server died mid-saga): placed if its order was, else
     * refused and its units given back. An order still checking out is left to the abandoned
     * checkouts sweep, which refuses it first.
     */
    @ActivateRequestContext
    public void settleInterrupted(FlashCheckout stuck) {
        Order order;
        try {
            order = orders.find(stuck.id());
        } catch (ProblemException notFound) {
            LOG.info(() -> "flash checkout " + stuck.id() + " stopped before its order was recorded; its units go back");
            checkout.giveBackQuietly(stuck.takeId());
            checkouts.refused(stuck.id(), NOT_COMPLETED);
            return;
        }
        if (order.status() == OrderStatus.CHECKING_OUT) {
            return;
        }
        if (order.status().visible()) {
            checkouts.placed(stuck.id());
        } else {
            checkouts.refused(stuck.id(), NOT_COMPLETED);
        }
    }
}
