-- The same episodes and intakes, with the same rows, ids and rules; only the way SQLite
-- checks zone, side and kind changes. Written as `zone IN ('upper_eyelid', …)`, the check
-- built a temporary index of the list for every row written: three quarters of the time
-- of importing a ten-year diary (docs/performance.md "Import"). Written as a chain of
-- comparisons it accepts and refuses exactly the same values (the columns are NOT NULL,
-- compared with the same collation) without one. SQLite cannot change a CHECK in place,
-- so each table is rebuilt as its documentation describes (new table, copy, drop, rename;
-- nothing refers to these two tables), in the migration's one transaction.

CREATE TABLE episodes_v3 (
    id          INTEGER PRIMARY KEY,
    at_utc      INTEGER NOT NULL,
    utc_offset  INTEGER NOT NULL CHECK (utc_offset BETWEEN -64800 AND 64800),
    zone        TEXT    NOT NULL CHECK (zone = 'upper_eyelid' OR zone = 'lower_eyelid'
                    OR zone = 'brow_forehead' OR zone = 'cheek' OR zone = 'nose'
                    OR zone = 'upper_lip' OR zone = 'lower_lip' OR zone = 'mouth_corner'
                    OR zone = 'chin' OR zone = 'jaw' OR zone = 'neck' OR zone = 'arm'
                    OR zone = 'hand' OR zone = 'leg' OR zone = 'foot' OR zone = 'torso'
                    OR zone = 'other'),
    side        TEXT    NOT NULL CHECK (side = 'left' OR side = 'right' OR side = 'both'
                    OR side = 'centre'),
    duration_s  INTEGER CHECK (duration_s IS NULL OR duration_s >= 0),
    intensity   INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 10),
    symptoms    TEXT    NOT NULL DEFAULT '',   -- comma-separated symptom ids, sorted
    note        TEXT    NOT NULL DEFAULT ''
);
INSERT INTO episodes_v3 (id, at_utc, utc_offset, zone, side, duration_s, intensity, symptoms, note)
    SELECT id, at_utc, utc_offset, zone, side, duration_s, intensity, symptoms, note FROM episodes;
DROP TABLE episodes;
ALTER TABLE episodes_v3 RENAME TO episodes;
CREATE INDEX episodes_at ON episodes(at_utc);

CREATE TABLE intakes_v3 (
    id          INTEGER PRIMARY KEY,
    at_utc      INTEGER NOT NULL,
    utc_offset  INTEGER NOT NULL CHECK (utc_offset BETWEEN -64800 AND 64800),
    kind        TEXT    NOT NULL CHECK (kind = 'caffeine' OR kind = 'alcohol' OR kind = 'water'
                    OR kind = 'food' OR kind = 'supplement'),
    name        TEXT    NOT NULL DEFAULT '',
    amount      REAL    CHECK (amount IS NULL OR amount >= 0)
);
INSERT INTO intakes_v3 (id, at_utc, utc_offset, kind, name, amount)
    SELECT id, at_utc, utc_offset, kind, name, amount FROM intakes;
DROP TABLE intakes;
ALTER TABLE intakes_v3 RENAME TO intakes;
CREATE INDEX intakes_at ON intakes(at_utc);
