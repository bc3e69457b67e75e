-- Sign-ups per day (Asia/Shanghai calendar days), fed by shop.user.registered.
CREATE TABLE daily_registrations (
    day            DATE    PRIMARY KEY,
    registrations  INTEGER NOT NULL
);
