/**
 * The saga self-check's starter: begins an LRA through the coordinator and enlists
 * inventory-war's self-check participant over the internal surface, the same path a checkout
 * takes, without touching real orders or stock.
 */
package shop.order.selfcheck;
