/** The category tree (three levels) products are filed under. */
package shop.catalog.category;
