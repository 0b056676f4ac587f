-- Each product's availability change, kept from one snapshot to the next (both null while it never changed).
ALTER TABLE product ADD COLUMN previous_availability TEXT;    -- the confirmed value before the latest change
ALTER TABLE product ADD COLUMN availability_changed_at INTEGER; -- when the current value was first seen

-- How many products the last run changed, for /api/status.
ALTER TABLE refresh_run ADD COLUMN changed_products INTEGER;
