/**
 * How every list endpoint pages: a validated {@link shop.platform.paging.PageRequest} in and a
 * {@link shop.platform.paging.Page} out, serialized as {@code {"items", "page", "size", "total"}}.
 */
package shop.platform.paging;
