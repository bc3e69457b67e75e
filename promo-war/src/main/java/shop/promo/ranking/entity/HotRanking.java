package shop.promo.ranking.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ranking rule: most units sold first; equal units ordered by product id, so the same sales
 * always give the same ranking; ranks count from 1 without gaps or shared places. Products that
 * sold nothing in the window (every unit refunded) are left out.
 */
public final class HotRanking {

    /** Units a product sold in the window, with the catalog's name and category. */
    public record Sold(String productId, String name, String categoryId, long unitsSold) {
    }

    /** One place of the ranking. */
    public record Place(String productId, String name, String categoryId, long unitsSold, int rank) {
    }

    /** Most units first, then product id: the order of a ranking (and of the query feeding it). */
    public static final Comparator<Sold> ORDER = Comparator.comparingLong(Sold::unitsSold).reversed()
            .thenComparing(Sold::productId);

    private HotRanking() {
    }

    /** The first {@code limit} places among {@code sold}. */
    public static List<Place> rank(List<Sold> sold, int limit) {
        List<Place> places = new ArrayList<>();
        for (Sold product : sold.stream().filter(s -> s.unitsSold() > 0).sorted(ORDER).limit(limit).toList()) {
            places.add(new Place(product.productId(), product.name(), product.categoryId(), product.unitsSold(), places.size() + 1));
        }
        return places;
    }
}
