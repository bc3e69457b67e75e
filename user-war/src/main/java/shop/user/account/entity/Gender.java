package shop.user.account.entity;

/** What a shopper chose to tell about their gender; {@code UNDISCLOSED} is a choice, not a missing value. */
public enum Gender { MALE, FEMALE, UNDISCLOSED }
