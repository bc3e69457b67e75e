package shop.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServiceCredentialTest {

    private static final String SECRET = "an-example-service-secret-for-tests";

    @Test
    void a_credential_is_the_same_for_the_same_secret_and_name_and_differs_otherwise() {
        String order = ServiceCredential.of(SECRET, "order");
        assertEquals(order, ServiceCredential.of(SECRET, "order"));
        assertNotEquals(order, ServiceCredential.of(SECRET, "promo"));
        assertNotEquals(order, ServiceCredential.of(SECRET + "x", "order"));
        assertEquals(43, order.length(), "256 bits, base64url without padding");
    }

    @Test
    void only_the_credential_of_the_name_shown_matches() {
        assertTrue(ServiceCredential.matches(SECRET, "order", ServiceCredential.of(SECRET, "order")));
        assertFalse(ServiceCredential.matches(SECRET, "order", ServiceCredential.of(SECRET, "promo")));
        assertFalse(ServiceCredential.matches(SECRET, "order", ""));
        assertFalse(ServiceCredential.matches(SECRET, "order", null));
        assertFalse(ServiceCredential.matches(SECRET, "Order!", ServiceCredential.of(SECRET, "order")));
    }

    @Test
    void without_a_secret_nothing_matches_and_nothing_is_derived() {
        assertFalse(ServiceCredential.matches("", "order", ServiceCredential.of(SECRET, "order")));
        assertFalse(ServiceCredential.matches(null, "order", "x"));
        assertThrows(IllegalArgumentException.class, () -> ServiceCredential.of(" ", "order"));
        assertThrows(IllegalArgumentException.class, () -> ServiceCredential.of(SECRET, "../etc"));
    }
}
