package shop.promo.coupon.boundary;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.platform.json.Jsons;
import shop.platform.time.ShopClock;
import shop.promo.coupon.control.CouponWallet;
import shop.promo.coupon.entity.Coupon;
import shop.promo.coupon.entity.CouponStatus;

/** The shopper's own coupons ({@code GET /promo/me/coupons?status=}); nobody else's are reachable here. */
@Path("me/coupons")
@RolesAllowed("shopper")
@Produces(MediaType.APPLICATION_JSON)
public class MyCouponResource {

    @Inject
    JsonWebToken caller;

    @Inject
    CouponWallet wallet;

    @Inject
    ShopClock clock;

    @GET
    @Operation(summary = "Your coupons, newest first; status AVAILABLE, LOCKED, USED or EXPIRED filters")
    public JsonArray mine(@QueryParam("status") @Pattern(regexp = "AVAILABLE|LOCKED|USED|EXPIRED") String status) {
        OffsetDateTime now = clock.now();
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        wallet.mine(caller.getSubject(), status == null ? null : CouponStatus.valueOf(status)).forEach(c -> list.add(json(c, now)));
        return list.build();
    }

    static JsonObject json(Coupon c, OffsetDateTime now) {
        return Jsons.createObjectBuilder()
                .add("id", c.id())
                .add("templateId", c.template().id())
                .add("status", c.statusAt(now).name())
                .add("name", c.template().name())
                .add("label", c.template().offer(c.id()).label())
                .add("validFrom", c.template().validFrom().toString())
                .add("validTo", c.template().validTo().toString())
                .add("orderId", c.orderId() == null ? JsonValue.NULL : Jsons.createValue(c.orderId()))
                .add("claimedAt", c.claimedAt().toString())
                .build();
    }
}
