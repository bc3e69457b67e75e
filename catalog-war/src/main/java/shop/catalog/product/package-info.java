/** Products (SPU) and their SKUs: what shoppers browse and buy. */
package shop.catalog.product;
