package shop.user.points.entity;

import java.util.Arrays;

/**
 * The member levels: level 1 from the start, level n + 1 once growth reaches the n-th threshold
 * (ascending, for example {@code 500, 2000, 5000, 20000} for levels 2 to 5). Growth going down
 * (refunds) takes the level down with it.
 */
public record MemberLevels(long[] thresholds) {

    public MemberLevels {
        thresholds = thresholds.clone();
        for (int i = 0; i < thresholds.length; i++) {
            if (thresholds[i] <= 0 || (i > 0 && thresholds[i] <= thresholds[i - 1])) {
                throw new IllegalArgumentException("level thresholds must be positive and ascending: " + Arrays.toString(thresholds));
            }
        }
    }

    /** Parses {@code "500,2000,5000"}. */
    public static MemberLevels parse(String thresholds) {
        return new MemberLevels(Arrays.stream(thresholds.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .mapToLong(Long::parseLong).toArray());
    }

    public int levelFor(long growth) {
        int level = 1;
        for (long threshold : thresholds) {
            if (growth >= threshold) {
                level++;
            }
        }
        return level;
    }

    /** Growth needed for the next level; -1 at the top. */
    public long nextThreshold(long growth) {
        return Arrays.stream(thresholds).filter(t -> t > growth).findFirst().orElse(-1);
    }

    public int top() {
        return thresholds.length + 1;
    }
}
