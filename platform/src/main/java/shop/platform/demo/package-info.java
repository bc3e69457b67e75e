/**
 * The shop's demo data, described in plain Java so that every service derives the same ids:
 * {@link shop.platform.demo.DemoCatalog} is the catalog (categories, brands, products, SKUs and
 * their stock) that a fresh shop is seeded with.
 */
package shop.platform.demo;
