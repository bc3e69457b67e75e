package shop.user.account.entity;

/** The roles a token's {@code groups} claim carries; every service authorizes by them. */
public final class Role {

    public static final String SHOPPER = "shopper";
    public static final String OPERATOR = "operator";
    public static final String FINANCE = "finance";
    public static final String ADMIN = "admin";

    private Role() {
    }
}
