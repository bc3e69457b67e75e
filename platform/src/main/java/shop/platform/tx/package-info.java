/** Helpers around the JTA transaction a use case runs in. */
package shop.platform.tx;
