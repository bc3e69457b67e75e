/** Seeds the demo catalog at first start, when {@code shop.demo-data} is on. */
package shop.catalog.demo;
