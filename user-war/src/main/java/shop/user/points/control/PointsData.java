package shop.user.points.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import shop.platform.json.Jsons;
import shop.user.account.control.PersonalData;
import shop.user.points.boundary.PointsJson;

/** A member's points, growth, level and statement, in their data export; erased with the account. */
@ApplicationScoped
public class PointsData implements PersonalData {

    @Inject
    PointsLedger ledger;

    @Override
    public String part() {
        return "points";
    }

    @Override
    public JsonValue export(String accountId) {
        JsonArrayBuilder statement = Jsons.createArrayBuilder();
        ledger.allEntries(accountId).forEach(e -> statement.add(PointsJson.entry(e)));
        return PointsJson.standing(ledger.standing(accountId)).add("statement", statement).build();
    }

    @Override
    public void erase(String accountId) {
        ledger.erase(accountId);
    }
}
