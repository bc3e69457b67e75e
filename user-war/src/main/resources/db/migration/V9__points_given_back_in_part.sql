-- A return gives back its share of the points an order paid with; several returns of one order
-- give back parts of the same spent hold, counted here (the hold is RETURNED once all are back).
ALTER TABLE points_hold ADD COLUMN returned BIGINT NOT NULL DEFAULT 0 CHECK (returned >= 0 AND returned <= points);
