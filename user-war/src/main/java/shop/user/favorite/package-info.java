/**
 * Favorites (收藏): products a shopper keeps to come back to, at most
 * {@value shop.user.favorite.control.Favorites#LIMIT} per shopper, each with the snapshot of the
 * product taken when it was added.
 */
package shop.user.favorite;
