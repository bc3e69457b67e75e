/** Messages the broker gave up delivering (the DLQ address), shown to operators. */
package shop.admin.deadletter;
