package shop.catalog.review.boundary;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.catalog.review.control.Reviews;
import shop.catalog.review.entity.Review;
import shop.platform.json.Jsons;
import shop.platform.paging.Page;
import shop.platform.paging.PageParams;

/** Operators moderate reviews: list a product's reviews, hidden ones included, hide and show them. */
@Path("reviews")
@RolesAllowed("operator")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewModerationResource {

    @Inject
    Reviews reviews;

    @Inject
    JsonWebToken caller;

    @GET
    @Operation(summary = "All reviews of a product, hidden ones included (operator)")
    public Page<JsonObject> list(@QueryParam("productId") @NotBlank @Size(max = 36) String productId,
            @Valid @BeanParam PageParams page) {
        return reviews.of(productId, true, page.toRequest()).map(ReviewModerationResource::json);
    }

    @POST
    @Path("{id}/hide")
    @Operation(summary = "Hide a review from shoppers; the rating no longer counts it (operator)")
    public JsonObject hide(@PathParam("id") @Size(max = 36) String id) {
        return json(reviews.hide(id, caller.getName()));
    }

    @POST
    @Path("{id}/show")
    @Operation(summary = "Show a hidden review again (operator)")
    public JsonObject show(@PathParam("id") @Size(max = 36) String id) {
        return json(reviews.show(id));
    }

    static JsonObject json(Review review) {
        return Jsons.createObjectBuilder(ReviewResource.json(review))
                .add("orderId", review.orderId())
                .add("userId", review.userId())
                .add("hidden", review.hidden())
                .add("hiddenBy", review.hiddenBy() == null ? "" : review.hiddenBy())
                .build();
    }
}
