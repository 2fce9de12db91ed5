-- Randomized personal experiments (docs/experiments.md): the plan with its schedule, drawn
-- once and stored ("AB,BA,…"; never redrawn), and the pauses the user marked.
CREATE TABLE experiments (
    id            INTEGER PRIMARY KEY,
    title         TEXT NOT NULL UNIQUE CHECK (length(trim(title)) > 0),
    factor        TEXT NOT NULL CHECK (length(factor) > 0),
    op            TEXT NOT NULL CHECK (op IN ('<=', '>=', 'present', 'absent')),
    value         REAL NOT NULL DEFAULT 0 CHECK (value >= 0),
    design        TEXT NOT NULL CHECK (design IN ('paired_periods', 'before_after')),
    start         TEXT NOT NULL,
    pairs         INTEGER NOT NULL DEFAULT 8 CHECK (pairs BETWEEN 6 AND 12),
    period_days   INTEGER NOT NULL DEFAULT 7 CHECK (period_days BETWEEN 3 AND 14),
    washout_days  INTEGER NOT NULL DEFAULT 2 CHECK (washout_days >= 0 AND washout_days <= period_days - 2),
    schedule      TEXT NOT NULL DEFAULT '',
    before_days   INTEGER NOT NULL DEFAULT 28 CHECK (before_days BETWEEN 7 AND 365),
    change_days   INTEGER NOT NULL DEFAULT 28 CHECK (change_days BETWEEN 7 AND 365),
    equivalence_low  REAL NOT NULL DEFAULT 0.8 CHECK (equivalence_low >= 0.67 AND equivalence_low < 1),
    equivalence_high REAL NOT NULL DEFAULT 1.25 CHECK (equivalence_high > 1 AND equivalence_high <= 1.5),
    stopped       TEXT,
    note          TEXT NOT NULL DEFAULT ''
);
CREATE TABLE experiment_pauses (
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    from_date     TEXT NOT NULL,
    to_date       TEXT NOT NULL CHECK (to_date >= from_date)
);
CREATE INDEX experiment_pauses_by_experiment ON experiment_pauses(experiment_id);
