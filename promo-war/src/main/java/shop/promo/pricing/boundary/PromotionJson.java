package shop.promo.pricing.boundary;

import java.util.List;
import java.util.Set;

import jakarta.json.JsonArrayBuilder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import shop.platform.json.Jsons;
import shop.promo.pricing.entity.Scope;

/** JSON shared by the coupon and rule endpoints: the scope form and its reading. */
public final class PromotionJson {

    private PromotionJson() {
    }

    /** Which goods a coupon or rule covers; absent or both empty: the whole shop. */
    public record ScopeForm(
            @Size(max = 100) List<@NotBlank @Size(max = 36) String> categoryIds,
            @Size(max = 500) List<@NotBlank @Size(max = 36) String> productIds) {

        public Scope toScope() {
            return new Scope(categoryIds == null ? Set.of() : Set.copyOf(categoryIds), productIds == null ? Set.of() : Set.copyOf(productIds));
        }
    }

    public static Scope scope(ScopeForm form) {
        return form == null ? Scope.WHOLE_SHOP : form.toScope();
    }

    public static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
