/**
 * What user-war needs to know of catalog-war's products: whether one is on sale, and the summary
 * (name, lowest price, main image) that favorites and browse history keep of it.
 */
package shop.user.product;
