package shop.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DatabaseSetupTest {

    @Test
    void plain_identifiers_are_quoted() {
        assertEquals("\"order_svc\"", DatabaseSetup.ident("order_svc"));
    }

    @Test
    void anything_but_a_plain_identifier_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> DatabaseSetup.ident("x\"; DROP SCHEMA y; --"));
        assertThrows(IllegalArgumentException.class, () -> DatabaseSetup.ident("Upper"));
        assertThrows(IllegalArgumentException.class, () -> DatabaseSetup.ident(""));
    }

    @Test
    void env_values_survive_the_shell() {
        assertEquals("'abc'", DatabaseSetup.shellQuoted("abc"));
        assertEquals("'it'\\''s \"$HOME\"'", DatabaseSetup.shellQuoted("it's \"$HOME\""));
    }
}
