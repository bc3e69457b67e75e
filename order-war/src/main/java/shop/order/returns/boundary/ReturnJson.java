package shop.order.returns.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import shop.order.returns.entity.OrderReturn;
import shop.platform.json.Jsons;

/** A return as shoppers and operators read it. */
final class ReturnJson {

    private ReturnJson() {
    }

    static JsonObject of(OrderReturn r) {
        JsonArrayBuilder lines = Jsons.createArrayBuilder();
        r.lines().forEach(l -> lines.add(Jsons.createObjectBuilder().add("lineId", l.lineId()).add("skuId", l.skuId())
                .add("quantity", l.quantity())));
        JsonArrayBuilder history = Jsons.createArrayBuilder();
        r.history().forEach(h -> {
            JsonObjectBuilder step = Jsons.createObjectBuilder().add("status", h.status().name()).add("at", h.at().toString());
            if (h.note() != null) {
                step.add("note", h.note());
            }
            history.add(step);
        });
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", r.id())
                .add("orderId", r.orderId())
                .add("status", r.status().name())
                .add("reason", r.reason())
                .add("lines", lines)
                .add("history", history)
                .add("createdAt", r.createdAt().toString());
        if (r.refundAmount() != null) {
            json.add("refund", Jsons.createObjectBuilder().add("amount", r.refundAmount()).add("points", r.refundPoints())
                    .add("includesShipping", r.includesShipping()));
        }
        return json.build();
    }
}
