package shop.search.product.boundary;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.platform.json.Jsons;
import shop.platform.paging.PageParams;
import shop.platform.paging.PageRequest;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.Problem;
import shop.platform.problem.ProblemException;
import shop.search.product.control.ReplicaIndex;
import shop.search.product.control.SearchAnswers;
import shop.search.product.entity.FacetCount;
import shop.search.product.entity.PriceBand;
import shop.search.product.entity.ProductHit;
import shop.search.product.entity.ProductHits;
import shop.search.product.entity.ProductQuery;
import shop.search.trend.control.SearchTerms;
import shop.platform.web.Texts;

/**
 * Product search for shoppers (public): keywords in Chinese or English, filters, facets, sorts
 * and paging ({@code GET /search/products}); completions as the shopper types
 * ({@code /search/suggest}); what others search most ({@code /search/hot-words}).
 */
@Path("/")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private static final String FEN = "\\d{1,15}";
    private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    @Inject
    ReplicaIndex index;

    @Inject
    SearchTerms terms;

    @Inject
    SearchAnswers answers;

    @GET
    @Path("products")
    @Operation(summary = "Search products: q (Chinese words are segmented), categoryId (with sub-categories), brandId,"
            + " minPrice/maxPrice in fen over SKU prices, inStock, sort; with facets by category, brand and price band")
    public Response products(@QueryParam("q") @Size(max = 100) String q,
            @QueryParam("categoryId") @Size(max = 36) String categoryId,
            @QueryParam("brandId") @Size(max = 36) String brandId,
            @QueryParam("minPrice") @Pattern(regexp = FEN, message = "must be a whole number of fen") String minPrice,
            @QueryParam("maxPrice") @Pattern(regexp = FEN, message = "must be a whole number of fen") String maxPrice,
            @QueryParam("inStock") @Pattern(regexp = "true|false", message = "must be true or false") String inStock,
            @QueryParam("sort") @Pattern(regexp = "relevance|price_asc|price_desc|sales|newest",
                    message = "must be relevance, price_asc, price_desc, sales or newest") String sort,
            @Valid @BeanParam PageParams paging) {
        Long min = minPrice == null ? null : Long.valueOf(minPrice);
        Long max = maxPrice == null ? null : Long.valueOf(maxPrice);
        if (min != null && max != null && min > max) {
            throw ProblemException.invalid("minPrice", "must not be above maxPrice");
        }
        if (index.needsRebuild() && index.index().isEmpty()) {
            return notReadyYet();
        }
        PageRequest page = paging.toRequest();
        String keywords = q == null || q.isBlank() ? null : q.strip();
        SearchAnswers.Answer answer = answers.answer(new ProductQuery(keywords, Texts.blankToNull(categoryId), Texts.blankToNull(brandId), min, max,
                inStock == null ? null : Boolean.valueOf(inStock),
                sort == null ? ProductQuery.Sort.RELEVANCE : ProductQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT)),
                page.page(), page.size()), hits -> json(hits).toString());
        if (keywords != null && answer.total() > 0) {
            terms.searched(keywords);
        }
        return Response.ok(answer.json(), JSON_UTF8).build();
    }

    @GET
    @Path("suggest")
    @Operation(summary = "Completions for what the shopper is typing: product and brand names, best sellers first")
    public JsonArray suggest(@QueryParam("q") @NotBlank @Size(max = 50) String q,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(20) int limit) {
        return strings(index.suggest(q.strip(), limit));
    }

    @GET
    @Path("hot-words")
    @Operation(summary = "The most searched terms of the last days")
    public JsonArray hotWords(@QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        return strings(terms.hot(limit));
    }

    static JsonObject json(ProductHits hits) {
        JsonArrayBuilder items = Jsons.createArrayBuilder();
        for (ProductHit hit : hits.items()) {
            items.add(Jsons.createObjectBuilder()
                    .add("id", hit.id())
                    .add("name", hit.name())
                    .add("highlightedName", hit.highlightedName())
                    .add("price", hit.price())
                    .add("currency", hit.currency())
                    .add("mainImage", hit.mainImage() == null ? JsonValue.NULL : Jsons.createValue(hit.mainImage()))
                    .add("categoryId", hit.categoryId())
                    .add("brandId", hit.brandId() == null ? JsonValue.NULL : Jsons.createValue(hit.brandId()))
                    .add("inStock", hit.inStock())
                    .add("sales", hit.sales()));
        }
        JsonArrayBuilder bands = Jsons.createArrayBuilder();
        for (PriceBand band : hits.facets().priceBands()) {
            bands.add(Jsons.createObjectBuilder().add("min", band.min())
                    .add("max", band.max() == null ? JsonValue.NULL : Jsons.createValue(band.max()))
                    .add("count", band.count()));
        }
        return Jsons.createObjectBuilder()
                .add("items", items)
                .add("page", hits.page())
                .add("size", hits.size())
                .add("total", hits.total())
                .add("facets", Jsons.createObjectBuilder()
                        .add("category", counts(hits.facets().category()))
                        .add("brand", counts(hits.facets().brand()))
                        .add("price", bands))
                .build();
    }

    private static JsonArray counts(List<FacetCount> counts) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        counts.forEach(c -> list.add(Jsons.createObjectBuilder().add("id", c.id()).add("name", c.name()).add("count", c.count())));
        return list.build();
    }

    private static JsonArray strings(List<String> values) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        values.forEach(list::add);
        return list.build();
    }

    /** The first build of this replica's index is still running: come back shortly. */
    private static Response notReadyYet() {
        return Response.fromResponse(Problem.of(ErrorCode.SERVICE_UNAVAILABLE,
                "The search index is being built; try again in a few seconds.").toResponse()).header("Retry-After", "5").build();
    }
}
