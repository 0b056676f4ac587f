-- Every refresh rewrites all ~19,000 product rows, and each index is written again with them. Sorting one
-- category's rows without the sort indexes takes milliseconds, once per page and snapshot (pages are cached by
-- snapshot version): the primary key (category, id) alone stays, as on SQLite.
DROP INDEX IF EXISTS product_category_name;
DROP INDEX IF EXISTS product_category_price;
DROP INDEX IF EXISTS product_category_manufacturer;
DROP INDEX IF EXISTS product_category_availability;
