/**
 * Browse history (足迹): the products a shopper looked at, one entry per product with the last
 * view, at most {@value shop.user.history.entity.HistoryRetention#MAX_PRODUCTS} products of the
 * last {@value shop.user.history.entity.HistoryRetention#MAX_AGE_DAYS} days. The storefront
 * records a view when it shows a product page; catalog-war serves product pages anonymously and
 * publishes no view events, so there is nothing to listen to instead.
 */
package shop.user.history;
