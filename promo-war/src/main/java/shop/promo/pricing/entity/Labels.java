package shop.promo.pricing.entity;

/** How discounts read in the labels shoppers see ("8.5折"); amounts are platform {@code Money.yuanLabel}. */
final class Labels {

    private Labels() {
    }

    /** Whole percent off as 折: 10 → "9折", 15 → "8.5折", 5 → "9.5折". */
    static String zhe(long percentOff) {
        long tenths = 100 - percentOff;
        return (tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10)) + "折";
    }
}
