-- Case store, schema version 9: an office card is renewed by rotating its keys (issue 17).
-- Shipped: never edit this file (see 0001-initial/up.sql).

-- The keys of cards this installation renewed. Packages sealed to an old card still open with its age secret
-- until the old card's last good day (`expires`); its signing seed signs nothing any more and is kept only with
-- the age secret it was made with.
CREATE TABLE retired_identity (
    fingerprint TEXT PRIMARY KEY,
    age_secret TEXT NOT NULL CHECK (age_secret LIKE 'AGE-SECRET-KEY-1%'),
    signing_seed BLOB NOT NULL CHECK (length(signing_seed) = 32),
    created_at INTEGER NOT NULL,
    expires TEXT NOT NULL,
    retired_at INTEGER NOT NULL
) STRICT;

-- The current card's statement that it succeeds the card renewed (JSON, signed with the old key), if renewed.
ALTER TABLE identity ADD COLUMN succession TEXT CHECK (succession IS NULL OR json_valid(succession));

-- The identity now changes, but only by renewal: to newer keys, with the secrets it had kept first.
DROP TRIGGER identity_no_update;

CREATE TRIGGER identity_renewed_only BEFORE UPDATE ON identity
WHEN new.created_at <= old.created_at
    OR new.succession IS NULL
    OR NOT EXISTS (SELECT 1 FROM retired_identity r WHERE r.age_secret = old.age_secret
                   AND r.signing_seed = old.signing_seed)
BEGIN
    SELECT RAISE(ABORT, 'this installation''s identity changes only by renewal, its old keys kept');
END;

-- A trusted card replaced by its renewal (a verified succession) remembers the card it replaced.
ALTER TABLE trusted_card ADD COLUMN renewed_from TEXT;
