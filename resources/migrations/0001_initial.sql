-- Twitch Diary schema, version 1. Every entity of DESIGN.md "What is recorded".
-- Instants are stored as UTC epoch seconds plus the UTC offset they were entered in,
-- so the local wall-clock time (and so the diary day) never moves with travel or DST.

CREATE TABLE episodes (
    id          INTEGER PRIMARY KEY,
    at_utc      INTEGER NOT NULL,
    utc_offset  INTEGER NOT NULL CHECK (utc_offset BETWEEN -64800 AND 64800),
    zone        TEXT    NOT NULL CHECK (zone IN ('upper_eyelid','lower_eyelid','brow_forehead',
                    'cheek','nose','upper_lip','lower_lip','mouth_corner','chin','jaw','neck',
                    'arm','hand','leg','foot','torso','other')),
    side        TEXT    NOT NULL CHECK (side IN ('left','right','both','centre')),
    duration_s  INTEGER CHECK (duration_s IS NULL OR duration_s >= 0),
    intensity   INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 10),
    symptoms    TEXT    NOT NULL DEFAULT '',   -- comma-separated symptom ids, sorted
    note        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX episodes_at ON episodes(at_utc);

CREATE TABLE intakes (
    id          INTEGER PRIMARY KEY,
    at_utc      INTEGER NOT NULL,
    utc_offset  INTEGER NOT NULL CHECK (utc_offset BETWEEN -64800 AND 64800),
    kind        TEXT    NOT NULL CHECK (kind IN ('caffeine','alcohol','water','food','supplement')),
    name        TEXT    NOT NULL DEFAULT '',
    amount      REAL    CHECK (amount IS NULL OR amount >= 0)
);
CREATE INDEX intakes_at ON intakes(at_utc);

-- Sleep belongs to the day you wake up.
CREATE TABLE sleep (
    date        TEXT    PRIMARY KEY,           -- YYYY-MM-DD
    hours       REAL    CHECK (hours IS NULL OR hours BETWEEN 0 AND 24),
    quality     INTEGER CHECK (quality IS NULL OR quality BETWEEN 1 AND 5),
    CHECK (hours IS NOT NULL OR quality IS NOT NULL)
) WITHOUT ROWID;

CREATE TABLE stress (
    date        TEXT    PRIMARY KEY,
    level       INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10)
) WITHOUT ROWID;

-- A checked-in day is complete: no episodes that day means zero, not missing.
CREATE TABLE checkins (
    date        TEXT    PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE medications (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL CHECK (name <> ''),
    dose        TEXT    NOT NULL DEFAULT '',
    started     TEXT    NOT NULL,
    stopped     TEXT    CHECK (stopped IS NULL OR stopped >= started)
);

CREATE TABLE custom_factors (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE CHECK (name <> ''),
    type        TEXT    NOT NULL CHECK (type IN ('yesno','number')),
    unit        TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE custom_values (
    factor_id   INTEGER NOT NULL REFERENCES custom_factors(id) ON DELETE CASCADE,
    date        TEXT    NOT NULL,
    value       REAL    NOT NULL,
    PRIMARY KEY (factor_id, date)
) WITHOUT ROWID;

-- Caffeine presets the user can edit (name and mg); seeded with DESIGN.md's defaults.
CREATE TABLE caffeine_presets (
    position    INTEGER NOT NULL,
    name        TEXT    PRIMARY KEY,
    mg          REAL    NOT NULL CHECK (mg >= 0)
) WITHOUT ROWID;
INSERT INTO caffeine_presets(position, name, mg) VALUES
    (0, 'espresso', 63), (1, 'coffee cup', 95), (2, 'black tea', 47),
    (3, 'green tea', 28), (4, 'cola', 34), (5, 'energy drink', 80);

-- Small per-diary values (e.g. notes for the doctor).
CREATE TABLE meta (
    key         TEXT    PRIMARY KEY,
    value       TEXT    NOT NULL
) WITHOUT ROWID;
