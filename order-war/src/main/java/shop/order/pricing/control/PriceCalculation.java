package shop.order.pricing.control;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import shop.order.pricing.entity.Basket;
import shop.order.pricing.entity.Quote;

/** Prices a basket by running every {@link PricingRule} in order; deterministic for the same basket. */
@ApplicationScoped
public class PriceCalculation {

    @Inject
    @Any
    Instance<PricingRule> found;

    private List<PricingRule> rules;

    @PostConstruct
    void sort() {
        rules = StreamSupport.stream(found.spliterator(), false).sorted(Comparator.comparingInt(PricingRule::position)).toList();
    }

    /** The rules given, for use without CDI (unit tests). */
    public static PriceCalculation of(List<PricingRule> rules) {
        PriceCalculation calculation = new PriceCalculation();
        calculation.rules = rules.stream().sorted(Comparator.comparingInt(PricingRule::position)).toList();
        return calculation;
    }

    public Quote quote(Basket basket) {
        Quote quote = new Quote(basket);
        rules.forEach(rule -> rule.apply(quote));
        return quote;
    }
}
