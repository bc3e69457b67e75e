/**
 * Reviews and ratings: a shopper who bought a product (a paid or completed order containing it)
 * reviews it once per order; the product's rating is the average over visible reviews, and
 * operators can hide a review.
 */
package shop.catalog.review;
