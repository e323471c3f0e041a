-- Events whose CAMEO code has no PLOVER type (public statements and appeals, roots 01 and 02;
-- codes a user's dictionary defines beyond CAMEO) are stored with an empty PLOVER type.
ALTER TABLE events ALTER COLUMN plover_type DROP NOT NULL;
