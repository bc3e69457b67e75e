package shop.platform.seed;

/**
 * A service's part of the demo data. Implement it as a CDI bean: when {@code shop.demo-data}
 * is on, the platform stores it at start-up, once per database ({@link SeedOnce}), inside a
 * transaction the bean's entity manager joins.
 */
public interface DemoSeed {

    /** Names the data set in the service's {@code seed_applied} table. */
    String name();

    /** Stores the data set; runs at most once per database. */
    void store();
}
