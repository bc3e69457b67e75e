package shop.user.account.control;

import jakarta.json.JsonValue;

/**
 * One kind of a shopper's personal data that user-war keeps (profile, addresses, points,
 * favorites, history...), so an account's data can be exported to its owner and erased when the
 * account is deleted (PIPL). Every aggregate that keeps personal data provides one such bean;
 * export and deletion find them all through CDI, so a new kind of data cannot be forgotten by
 * one and not the other.
 */
public interface PersonalData {

    /** The name of this part in an export, for example {@code "favorites"}. */
    String part();

    /** The account's data of this kind as its owner sees it. */
    JsonValue export(String accountId);

    /** Erases the account's data of this kind; runs inside the deletion's transaction. */
    void erase(String accountId);
}
