/** What shoppers search: the query log and the hot words drawn from it. */
package shop.search.trend;
