package shop.promo.rule.entity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import shop.platform.json.Jsons;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.web.Texts;
import shop.promo.pricing.entity.PromotionStatus;
import shop.promo.pricing.entity.RuleOffer;
import shop.promo.pricing.entity.Scope;

/** A full-reduction or tiered rule operators run for a while (满300减40, 满2件9折). */
@Entity
@Table(name = "promotion_rule")
public class PromotionRule {

    @Id
    private String id;

    private String name;

    @Enumerated(EnumType.STRING)
    private RuleOffer.Kind kind;

    private String tiers;

    private String currency;

    private String scope;

    private boolean exclusive;

    @Column(name = "valid_from")
    private OffsetDateTime validFrom;

    @Column(name = "valid_to")
    private OffsetDateTime validTo;

    @Enumerated(EnumType.STRING)
    private PromotionStatus status;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected PromotionRule() {
    }

    /** A new active rule; its tiers are checked as the calculation reads them (400 on nonsense). */
    public static PromotionRule start(String id, String name, RuleOffer.Kind kind, List<RuleOffer.Tier> tiers, String currency, Scope scope,
            boolean exclusive, OffsetDateTime validFrom, OffsetDateTime validTo, String createdBy, OffsetDateTime now) {
        try {
            new RuleOffer(id, name, kind, tiers, scope, exclusive);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("tiers", e.getMessage());
        }
        if (!validTo.isAfter(validFrom)) {
            throw ProblemException.invalid("validTo", "must be after validFrom");
        }
        PromotionRule r = new PromotionRule();
        r.id = id;
        r.name = name;
        r.kind = kind;
        JsonArrayBuilder json = Jsons.createArrayBuilder();
        tiers.forEach(t -> json.add(Jsons.createObjectBuilder().add("threshold", t.threshold()).add("discount", t.discount())));
        r.tiers = json.build().toString();
        r.currency = currency;
        r.scope = scope.toJson().toString();
        r.exclusive = exclusive;
        r.validFrom = validFrom;
        r.validTo = validTo;
        r.status = PromotionStatus.ACTIVE;
        r.createdBy = createdBy;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    /** An operator pauses, resumes or ends the rule; 409 INVALID_STATE once ended. */
    public void become(PromotionStatus next, OffsetDateTime now) {
        if (!status.canBecome(next)) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "The rule is " + status + "; it cannot become " + next + ".");
        }
        status = next;
        updatedAt = now;
    }

    public RuleOffer offer() {
        return new RuleOffer(id, name, kind, tiers(), scope(), exclusive);
    }

    public List<RuleOffer.Tier> tiers() {
        List<RuleOffer.Tier> list = new ArrayList<>();
        for (JsonValue value : Texts.parseJson(tiers).asJsonArray()) {
            JsonObject tier = value.asJsonObject();
            list.add(new RuleOffer.Tier(tier.getJsonNumber("threshold").longValueExact(), tier.getJsonNumber("discount").longValueExact()));
        }
        return list;
    }

    public Scope scope() {
        return Scope.fromJson(Texts.parseJson(scope).asJsonObject());
    }

    public String id() { return id; }
    public String name() { return name; }
    public RuleOffer.Kind kind() { return kind; }
    public String currency() { return currency.trim(); }
    public boolean exclusive() { return exclusive; }
    public OffsetDateTime validFrom() { return validFrom; }
    public OffsetDateTime validTo() { return validTo; }
    public PromotionStatus status() { return status; }
}
