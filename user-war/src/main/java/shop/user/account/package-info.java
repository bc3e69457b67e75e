/**
 * Accounts: every shopper and staff member, their roles, credentials, profile and address
 * book. Staff are accounts with the operator, finance or admin role.
 */
package shop.user.account;
