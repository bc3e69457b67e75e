package shop.catalog.product.entity;

/** A product's lifecycle: shoppers see only PUBLISHED ones; DELETED is a soft delete. */
public enum ProductStatus { DRAFT, PUBLISHED, UNPUBLISHED, DELETED }
