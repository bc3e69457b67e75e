package shop.promo.pricing.entity;

/** How amounts read in the labels shoppers see ("满300减40", "8.5折"). */
final class Labels {

    private Labels() {
    }

    /** Fen as yuan without needless decimals: 30000 → "300", 1250 → "12.5", 1205 → "12.05". */
    static String yuan(long fen) {
        if (fen % 100 == 0) {
            return Long.toString(fen / 100);
        }
        return fen % 10 == 0 ? String.format("%d.%d", fen / 100, (fen % 100) / 10) : String.format("%d.%02d", fen / 100, fen % 100);
    }

    /** Whole percent off as 折: 10 → "9折", 15 → "8.5折", 5 → "9.5折". */
    static String zhe(long percentOff) {
        long tenths = 100 - percentOff;
        return (tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10)) + "折";
    }
}
