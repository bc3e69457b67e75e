/** Brands, with what the brand wall needs (logo, first letter). */
package shop.catalog.brand;
