/**
 * Hot-selling rankings: units sold per product in paid orders ({@code shop.order.paid}, taken
 * back by a whole-order refund), summed over a sliding window of hourly buckets, per category
 * (a parent includes its sub-categories) or for the whole shop. Product names and categories
 * come from catalog-war and are kept here, so a ranking still answers while the catalog does not.
 */
package shop.promo.ranking;
