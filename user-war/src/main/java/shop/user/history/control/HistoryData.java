package shop.user.history.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import shop.platform.json.Jsons;
import shop.user.account.control.PersonalData;
import shop.user.history.entity.BrowseEntry;

/** A shopper's browse history in their data export, and gone with their account. */
@ApplicationScoped
public class HistoryData implements PersonalData {

    @Inject
    BrowseHistory history;

    @Override
    public String part() {
        return "history";
    }

    @Override
    public JsonValue export(String accountId) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        history.all(accountId).forEach(e -> list.add(json(e)));
        return list.build();
    }

    @Override
    public void erase(String accountId) {
        history.clear(accountId);
    }

    /** An entry as its shopper sees it: {@code {productId, name, price, currency, mainImage, viewedAt}}. */
    public static JsonObject json(BrowseEntry e) {
        var json = Jsons.createObjectBuilder()
                .add("productId", e.productId())
                .add("name", e.product().name())
                .add("price", e.product().price())
                .add("currency", e.product().currency());
        if (e.product().mainImage() == null) {
            json.addNull("mainImage");
        } else {
            json.add("mainImage", e.product().mainImage());
        }
        return json.add("viewedAt", e.viewedAt().toString()).build();
    }
}
