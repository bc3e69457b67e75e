package shop.user.order.control;

import java.util.Map;
import java.util.logging.Logger;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import shop.platform.paging.PageRequest;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.Problem;
import shop.platform.problem.ProblemException;

/**
 * The shopper's orders, as order-war lists them. When order-war cannot answer (timeout, open
 * circuit, full bulkhead, an error), the answer is 503 {@code SERVICE_UNAVAILABLE} with
 * {@code Retry-After}, never an empty list: "you have no orders" would be a false and alarming
 * answer to a shopper who just paid for one.
 */
@ApplicationScoped
public class MyOrders {

    private static final Logger LOG = Logger.getLogger(MyOrders.class.getName());

    @Inject
    @RestClient
    OrderClient orders;

    /** A page of the orders of the shopper whose raw access token this is. */
    @Fallback(fallbackMethod = "unanswered", skipOn = ProblemException.class)
    public JsonObject of(String accessToken, PageRequest page) {
        return orders.mine("Bearer " + accessToken, page.page(), page.size());
    }

    JsonObject unanswered(String accessToken, PageRequest page) {
        LOG.warning("order-war did not answer a shopper's order list; answered 503");
        throw new ProblemException(Problem.of(ErrorCode.SERVICE_UNAVAILABLE,
                "Your orders cannot be shown right now; try again shortly."), Map.of("Retry-After", "5"));
    }
}
