/**
 * The price of an order: a pipeline of rules (items, then promotions, shipping and points) run
 * over a basket of SKUs at the catalog's current prices, the same for the cart, the checkout
 * preview and the order itself. Each rule's effect is listed, so a preview can explain it.
 */
package shop.order.pricing;
