package shop.catalog.review.boundary;

import java.net.URI;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.catalog.review.control.Reviews;
import shop.catalog.review.entity.Review;
import shop.platform.json.Jsons;
import shop.platform.paging.Page;
import shop.platform.paging.PageParams;

/**
 * A product's reviews: anyone reads the visible ones; a shopper who bought the product writes
 * one per order ({@code orderId} optional: the oldest purchase not reviewed yet).
 */
@Path("products/{productId}/reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    Reviews reviews;

    @Inject
    JsonWebToken caller;

    /** A review as a shopper writes it. */
    public record NewReview(@NotNull @Min(1) @Max(5) Integer rating, @NotBlank @Size(max = 2000) String text,
            @Size(max = 36) String orderId) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Visible reviews of a product, newest first")
    public Page<JsonObject> list(@PathParam("productId") @Size(max = 36) String productId, @Valid @BeanParam PageParams page) {
        return reviews.of(productId, false, page.toRequest()).map(ReviewResource::json);
    }

    @POST
    @RolesAllowed("shopper")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Review a product bought in a paid or completed order, once per order (shopper)")
    public Response write(@PathParam("productId") @Size(max = 36) String productId, @NotNull @Valid NewReview request) {
        Review review = reviews.write(productId, new Reviews.Author(caller.getSubject(), caller.getName()),
                request.orderId() == null || request.orderId().isBlank() ? null : request.orderId().strip(),
                request.rating(), request.text().strip());
        return Response.created(URI.create("reviews/" + review.id())).entity(json(review)).build();
    }

    static JsonObject json(Review review) {
        return Jsons.createObjectBuilder()
                .add("id", review.id())
                .add("productId", review.productId())
                .add("author", review.author())
                .add("rating", review.rating())
                .add("text", review.text())
                .add("createdAt", review.createdAt().toString())
                .build();
    }
}
