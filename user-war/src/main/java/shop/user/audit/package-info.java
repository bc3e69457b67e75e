/**
 * The security audit log: who signed in or failed to, lockouts, sign-outs, reused refresh
 * tokens, password resets, role changes, disabling and deleting accounts; readable by admins
 * only, swept after the retention period. Never a password or a token.
 */
package shop.user.audit;
