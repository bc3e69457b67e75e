package shop.promo.ranking.boundary;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.platform.json.Jsons;
import shop.platform.web.Texts;
import shop.promo.ranking.control.Rankings;
import shop.promo.ranking.entity.HotList;
import shop.promo.ranking.entity.HotRanking;

/**
 * {@code GET /promo/rankings/hot?categoryId&limit}: the products that sold most units in paid
 * orders over the sliding window, in a category (its sub-categories included) or, without
 * {@code categoryId}, the whole shop. Public.
 */
@Path("rankings")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class HotRankingResource {

    /** The longest ranking one request may ask for. */
    public static final int MAX_LIMIT = 50;

    @Inject
    Rankings rankings;

    @GET
    @Path("hot")
    @Operation(summary = "Hot-selling products: most units sold in paid orders over the last days (shop.promo.ranking.window)")
    public JsonObject hot(@QueryParam("categoryId") @Size(max = 36) String categoryId,
            @QueryParam("limit") @DefaultValue("10") @Min(value = 1, message = "must be between 1 and " + MAX_LIMIT)
            @Max(value = MAX_LIMIT, message = "must be between 1 and " + MAX_LIMIT) int limit) {
        HotList list = rankings.hot(Texts.blankToNull(categoryId), limit);
        JsonArrayBuilder items = Jsons.createArrayBuilder();
        for (HotRanking.Place place : list.places()) {
            items.add(Jsons.createObjectBuilder()
                    .add("productId", place.productId())
                    .add("name", place.name() == null ? JsonValue.NULL : Jsons.createValue(place.name()))
                    .add("categoryId", place.categoryId() == null ? JsonValue.NULL : Jsons.createValue(place.categoryId()))
                    .add("unitsSold", place.unitsSold())
                    .add("rank", place.rank()));
        }
        JsonObjectBuilder answer = Jsons.createObjectBuilder()
                .add("categoryId", list.categoryId() == null ? JsonValue.NULL : Jsons.createValue(list.categoryId()))
                .add("window", Jsons.createObjectBuilder()
                        .add("from", list.from().toString())
                        .add("to", list.to().toString())
                        .add("length", list.lengthText()))
                .add("items", items);
        return answer.build();
    }
}
