/**
 * Product search: each replica's own Lucene index of the published catalog (Chinese and English
 * analysis, filters, facets, sorts, suggestions), fed by catalog events and the catalog's change
 * feed, with stock and sales from inventory and order events; rebuilt from the catalog when
 * missing, corrupt, or asked by an operator.
 */
package shop.search.product;
