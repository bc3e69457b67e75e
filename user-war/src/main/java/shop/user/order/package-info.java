/**
 * My orders as part of the member centre: the shopper's orders are order-war's, read through
 * its API with the shopper's own token, so order-war's own access rules decide what is shown.
 */
package shop.user.order;
