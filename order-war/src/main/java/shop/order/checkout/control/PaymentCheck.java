package shop.order.checkout.control;

import java.util.logging.Logger;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.order.checkout.entity.Order;
import shop.order.checkout.entity.OrderStatus;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

/**
 * Before the order's complete callback marks an order paid, payment-war is asked again whether
 * the order's payment succeeded: the callback re-checks the work it completes rather than trust
 * whoever closed the saga.
 */
@ApplicationScoped
public class PaymentCheck {

    private static final Logger LOG = Logger.getLogger(PaymentCheck.class.getName());

    @Inject
    OrderBook orders;

    @Inject
    @RestClient
    PaymentClient payments;

    /**
     * False when the saga's order waits for a payment that has not succeeded; true otherwise
     * (no such order here, one already past payment: completing changes nothing then, or a gift
     * whose points pay for all of it).
     * When payment-war does not answer, the exception makes the coordinator call again later.
     */
    public boolean paidFor(String lraId) {
        Order order = orders.ofSaga(lraId).orElse(null);
        if (order == null || order.status() != OrderStatus.PENDING_PAYMENT) {
            return true;
        }
        if (order.paymentId() == null) {
            // Only a gift paid with points alone has no payment: its points are spent by the same close.
            return order.pointsOfferId() != null && order.totals().payable() == 0;
        }
        String status;
        try {
            status = payments.status(order.paymentId()).getString("status");
        } catch (ProblemException e) {
            if (e.problem().code() != ErrorCode.NOT_FOUND) {
                throw e;
            }
            status = "MISSING";
        }
        if (!"SUCCEEDED".equals(status)) {
            String seen = status;
            LOG.warning(() -> "saga " + lraId + " closed, but the payment of order " + order.id() + " is " + seen + "; not marked paid");
            return false;
        }
        return true;
    }
}
