-- The live floor as each supervisor arranged it (queue shown, tiles, time window, window size, theme, wallboard),
-- with their warning/critical levels and service-level formulas. Written in one transaction per save.

CREATE TABLE live_floor_layout (
    supervisor     TEXT    PRIMARY KEY,
    queue          TEXT    NOT NULL,           -- '*' for all queues
    hidden_queues  TEXT    NOT NULL DEFAULT '', -- queue ids, comma-separated
    tiles          TEXT    NOT NULL,           -- tile ids shown, comma-separated, in order
    time_window    INTEGER NOT NULL CHECK (time_window IN (0, 15, 30, 60)), -- 0: today
    width          REAL    NOT NULL,
    height         REAL    NOT NULL,
    divider        REAL    NOT NULL CHECK (divider BETWEEN 0 AND 1),
    theme          TEXT    NOT NULL CHECK (theme IN ('dark', 'light')),
    sound          INTEGER NOT NULL CHECK (sound IN (0, 1)),
    rotate_seconds INTEGER NOT NULL,
    hysteresis     REAL    NOT NULL,
    min_band       REAL    NOT NULL,
    saved_ms       INTEGER NOT NULL
);

CREATE TABLE live_floor_threshold (
    supervisor TEXT    NOT NULL REFERENCES live_floor_layout (supervisor) ON DELETE CASCADE,
    queue      TEXT    NOT NULL,               -- '' for the defaults of every queue
    metric     TEXT    NOT NULL,
    warning    REAL    NOT NULL,
    critical   REAL    NOT NULL,
    PRIMARY KEY (supervisor, queue, metric)
);

CREATE TABLE live_floor_formula (
    supervisor TEXT NOT NULL REFERENCES live_floor_layout (supervisor) ON DELETE CASCADE,
    queue      TEXT NOT NULL,                  -- '*' for the defaults
    formula    TEXT NOT NULL,
    PRIMARY KEY (supervisor, queue)
);
