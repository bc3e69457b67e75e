-- Failed sign-ins per username as typed (case-folded), whether or not such an account exists, so
-- a lockout tells nothing about which usernames are real. Too many failures within the window
-- lock the name for a while (shop.user.login.* settings); a successful sign-in clears the row.
CREATE TABLE login_throttle (
    username_key  VARCHAR(32)  PRIMARY KEY,
    failures      INTEGER      NOT NULL CHECK (failures >= 0),
    window_start  TIMESTAMPTZ  NOT NULL,
    locked_until  TIMESTAMPTZ
);
