package shop.user.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A partial update keeps, clears or sets an optional field. */
class FieldEditTest {

    @Test
    void keep_leaves_the_value_clear_removes_it_and_to_replaces_it() {
        assertEquals("old", FieldEdit.<String>keep().applyTo("old"));
        assertNull(FieldEdit.<String>keep().applyTo(null));
        assertNull(FieldEdit.<String>clear().applyTo("old"));
        assertEquals("new", FieldEdit.to("new").applyTo("old"));
    }
}
