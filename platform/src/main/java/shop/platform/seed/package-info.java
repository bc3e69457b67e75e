/** Data sets a service stores once per database (demo data at first start). */
package shop.platform.seed;
