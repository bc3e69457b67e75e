package shop.user.points.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import shop.platform.json.Jsons;
import shop.platform.paging.Page;
import shop.platform.paging.PageRequest;
import shop.user.points.control.PointsLedger.Standing;
import shop.user.points.control.PointsLedger;
import shop.user.points.entity.PointsEntry;

/** The JSON of a member's points standing and statement lines. */
public final class PointsJson {

    private PointsJson() {
    }

    /** {@code {balance, held, expiringSoon: {points, by}, growth, level, nextLevelAt}}; {@code nextLevelAt} null at the top level. */
    public static JsonObjectBuilder standing(Standing s) {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("balance", s.balance())
                .add("held", s.held())
                .add("expiringSoon", Jsons.createObjectBuilder().add("points", s.expiringSoon()).add("by", s.expiringBy().toString()))
                .add("growth", s.growth())
                .add("level", s.level());
        if (s.nextLevelAt() < 0) {
            json.addNull("nextLevelAt");
        } else {
            json.add("nextLevelAt", s.nextLevelAt());
        }
        return json;
    }

    /**
     * A member's whole points view: the standing, then a page of the statement. The standing is
     * read first, so the statement read after it holds at least every change it counts.
     */
    public static JsonObject view(PointsLedger ledger, String userId, PageRequest page) {
        JsonObjectBuilder standing = standing(ledger.standing(userId));
        Page<PointsEntry> statement = ledger.statement(userId, page);
        JsonArrayBuilder items = Jsons.createArrayBuilder();
        statement.items().forEach(e -> items.add(entry(e)));
        return standing
                .add("statement", Jsons.createObjectBuilder().add("items", items).add("page", statement.page())
                        .add("size", statement.size()).add("total", statement.total()))
                .build();
    }

    /** {@code {id, kind, points, reference, note, at}}; {@code points} negative when the balance went down. */
    public static JsonObject entry(PointsEntry e) {
        return Jsons.createObjectBuilder()
                .add("id", e.id())
                .add("kind", e.kind().name())
                .add("points", e.delta())
                .add("reference", e.reference())
                .add("note", e.note())
                .add("at", e.createdAt().toString())
                .build();
    }
}
