package shop.user.account.entity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The guard rails of account administration, kept apart from persistence so they can be read
 * and tested as rules: which roles exist, that an admin never locks themself out, and that the
 * shop never loses its last admin.
 */
public final class RoleRules {

    /** Every role an account may hold: the shopper's and the three back-office roles. */
    public static final List<String> ALL = List.of(Role.SHOPPER, Role.OPERATOR, Role.FINANCE, Role.ADMIN);

    private RoleRules() {
    }

    /** Why the requested roles are not a valid set (none, or one the shop does not know); empty when they are. */
    public static Optional<String> invalidRoles(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return Optional.of("must name at least one role");
        }
        for (String role : requested) {
            if (role == null || !ALL.contains(role)) {
                return Optional.of("must be among " + String.join(", ", ALL));
            }
        }
        return Optional.empty();
    }

    /** The roles in a stable order (as {@link #ALL} lists them), so equal sets read alike. */
    public static Set<String> normalized(Iterable<String> roles) {
        Set<String> given = new LinkedHashSet<>();
        roles.forEach(given::add);
        Set<String> ordered = new LinkedHashSet<>();
        ALL.stream().filter(given::contains).forEach(ordered::add);
        return ordered;
    }

    /**
     * Why {@code actorId} may not give {@code targetId} the roles {@code after} (empty when it
     * may): an admin cannot take the admin role from themself, and the last active admin keeps
     * it. {@code otherActiveAdmins} counts active admins other than the target.
     */
    public static Optional<String> refusedRoleChange(String actorId, String targetId, Set<String> before, Set<String> after,
            long otherActiveAdmins) {
        boolean losesAdmin = before.contains(Role.ADMIN) && !after.contains(Role.ADMIN);
        if (!losesAdmin) {
            return Optional.empty();
        }
        if (actorId.equals(targetId)) {
            return Optional.of("An admin cannot remove their own admin role; another admin must.");
        }
        if (otherActiveAdmins == 0) {
            return Optional.of("This is the last active admin; make another account admin first.");
        }
        return Optional.empty();
    }

    /** Why {@code actorId} may not disable {@code targetId} (empty when it may): never themself. */
    public static Optional<String> refusedDisable(String actorId, String targetId, boolean targetIsAdmin, long otherActiveAdmins) {
        if (actorId.equals(targetId)) {
            return Optional.of("An admin cannot disable their own account.");
        }
        if (targetIsAdmin && otherActiveAdmins == 0) {
            return Optional.of("This is the last active admin; it cannot be disabled.");
        }
        return Optional.empty();
    }
}
