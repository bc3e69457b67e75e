package shop.user.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The guard rails of account administration. */
class RoleRulesTest {

    private static final Set<String> STAFF = Set.of("admin", "operator", "finance");

    @Test
    void roles_must_be_known_and_at_least_one() {
        assertTrue(RoleRules.invalidRoles(List.of()).isPresent());
        assertTrue(RoleRules.invalidRoles(null).isPresent());
        assertTrue(RoleRules.invalidRoles(List.of("shopper", "root")).isPresent());
        assertTrue(RoleRules.invalidRoles(List.of("Admin")).isPresent(), "role names are exact");
        assertTrue(RoleRules.invalidRoles(Arrays.asList("shopper", null)).isPresent());
        assertEquals(Optional.empty(), RoleRules.invalidRoles(List.of("shopper", "operator", "finance", "admin")));
    }

    @Test
    void roles_are_kept_in_one_order_without_duplicates() {
        assertEquals(List.of("shopper", "operator", "admin"),
                List.copyOf(RoleRules.normalized(List.of("admin", "operator", "shopper", "admin"))));
    }

    @Test
    void an_admin_cannot_remove_their_own_admin_role() {
        assertTrue(RoleRules.refusedRoleChange("me", "me", STAFF, Set.of("operator", "finance"), 3).isPresent());
        assertEquals(Optional.empty(), RoleRules.refusedRoleChange("me", "me", STAFF, Set.of("admin"), 0),
                "keeping admin while dropping other roles is fine");
    }

    @Test
    void the_last_active_admin_keeps_the_role() {
        assertTrue(RoleRules.refusedRoleChange("other", "last", Set.of("admin"), Set.of("shopper"), 0).isPresent());
        assertEquals(Optional.empty(), RoleRules.refusedRoleChange("other", "one", Set.of("admin"), Set.of("shopper"), 1));
    }

    @Test
    void granting_or_changing_non_admin_roles_is_never_guarded() {
        assertEquals(Optional.empty(), RoleRules.refusedRoleChange("a", "b", Set.of("shopper"), Set.of("shopper", "admin"), 0));
        assertEquals(Optional.empty(), RoleRules.refusedRoleChange("a", "a", Set.of("admin", "finance"), Set.of("admin"), 0));
    }

    @Test
    void an_admin_cannot_disable_themself_nor_the_last_active_admin() {
        assertTrue(RoleRules.refusedDisable("me", "me", true, 5).isPresent());
        assertTrue(RoleRules.refusedDisable("other", "last", true, 0).isPresent());
        assertEquals(Optional.empty(), RoleRules.refusedDisable("admin", "shopper", false, 0));
        assertEquals(Optional.empty(), RoleRules.refusedDisable("admin", "admin2", true, 1));
    }
}
