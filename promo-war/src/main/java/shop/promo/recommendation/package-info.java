/**
 * Product recommendations: products bought together with a product (how many paid orders held
 * both, from the order history rankings keep) and similar products (same category or brand, near
 * price, published), the latter asked of catalog-war and served from memory while it does not answer.
 */
package shop.promo.recommendation;
