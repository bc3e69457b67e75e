package shop.promo.recommendation.entity;

import java.util.List;

/** What goes with a product: products bought together with it, and similar products. */
public record Recommendations(String productId, List<ProductPairs.Partner> boughtTogether, List<Similarity.Similar> similar) {

    public Recommendations {
        boughtTogether = List.copyOf(boughtTogether);
        similar = List.copyOf(similar);
    }
}
