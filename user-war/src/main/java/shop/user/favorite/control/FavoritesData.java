package shop.user.favorite.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import shop.platform.json.Jsons;
import shop.user.account.control.PersonalData;
import shop.user.favorite.entity.Favorite;

/** A shopper's favorites in their data export, and gone with their account. */
@ApplicationScoped
public class FavoritesData implements PersonalData {

    @Inject
    Favorites favorites;

    @Override
    public String part() {
        return "favorites";
    }

    @Override
    public JsonValue export(String accountId) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        favorites.all(accountId).forEach(f -> list.add(json(f)));
        return list.build();
    }

    @Override
    public void erase(String accountId) {
        favorites.erase(accountId);
    }

    /** A favorite as its shopper sees it: {@code {productId, name, price, currency, mainImage, addedAt}}. */
    public static jakarta.json.JsonObject json(Favorite f) {
        var json = Jsons.createObjectBuilder()
                .add("productId", f.productId())
                .add("name", f.product().name())
                .add("price", f.product().price())
                .add("currency", f.product().currency());
        if (f.product().mainImage() == null) {
            json.addNull("mainImage");
        } else {
            json.add("mainImage", f.product().mainImage());
        }
        return json.add("addedAt", f.addedAt().toString()).build();
    }
}
