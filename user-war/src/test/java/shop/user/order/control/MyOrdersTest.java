package shop.user.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import shop.platform.paging.PageRequest;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

/** My orders are order-war's list for the caller's own token; when it cannot answer, a 503 to retry, not an empty list. */
class MyOrdersTest {

    @Test
    void order_war_is_asked_with_the_callers_bearer_token_and_the_page() {
        List<String> calls = new ArrayList<>();
        MyOrders orders = new MyOrders();
        orders.orders = (authorization, page, size) -> {
            calls.add(authorization + " " + page + " " + size);
            return JsonValue.EMPTY_JSON_OBJECT;
        };
        JsonObject answer = orders.of("eyJ.token.sig", new PageRequest(2, 5));
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, answer);
        assertEquals(List.of("Bearer eyJ.token.sig 2 5"), calls);
    }

    @Test
    void the_fallback_is_a_503_with_retry_after_never_an_empty_list() {
        ProblemException unavailable = assertThrows(ProblemException.class,
                () -> new MyOrders().unanswered("eyJ.token.sig", new PageRequest(0, 20)));
        assertEquals(ErrorCode.SERVICE_UNAVAILABLE, unavailable.problem().code());
        assertEquals(503, unavailable.problem().status());
        assertEquals(Map.of("Retry-After", "5"), unavailable.headers());
    }
}
