/**
 * The shopper's cart, kept server-side: SKUs with quantities and a selection; shown at the
 * catalog's current prices with stock state and the totals of the selected lines, priced as
 * checkout would price them. Checkout takes the selected lines ({@code fromCart}).
 */
package shop.order.cart;
