/** JSON-P through one provider per application, looked up once. */
package shop.platform.json;
