-- The spec names a leaf category's SKUs use (颜色, 尺码, 存储…), as a JSON array; empty: any.
ALTER TABLE category ADD COLUMN spec_names TEXT NOT NULL DEFAULT '[]';
