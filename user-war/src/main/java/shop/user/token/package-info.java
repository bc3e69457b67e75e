/**
 * Tokens: RS256 access tokens that every service verifies with mpJwt, rotating refresh tokens,
 * and the JWKS that publishes the verification keys.
 */
package shop.user.token;
