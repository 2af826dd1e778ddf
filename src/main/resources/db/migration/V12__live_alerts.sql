-- The live floor's alerts: every figure that rose to its warning or critical level, so that today's list is
-- there again after the console restarts. One row per alert, written when it is raised; the list shows the
-- rows of the center's business day (its zone and day start), and rows a month old are deleted.

CREATE TABLE live_alert (
    id         INTEGER PRIMARY KEY,
    at_ms      INTEGER NOT NULL,                -- the snapshot's time when the figure crossed, epoch ms
    queue      TEXT    NOT NULL,                -- the queue's id, or * for the whole center
    queue_name TEXT,                            -- the queue's name then
    metric     TEXT    NOT NULL,                -- WAITING, LONGEST_WAIT, SERVICE_LEVEL, ...
    from_level TEXT    NOT NULL,                -- OK or WARNING
    to_level   TEXT    NOT NULL,                -- WARNING or CRITICAL
    value      REAL    NOT NULL,                -- the figure, in the metric's unit
    limit_value REAL   NOT NULL,                -- the level crossed, in the metric's unit
    UNIQUE (at_ms, queue, metric, to_level)     -- the same alert written twice is one row
);

CREATE INDEX live_alert_at ON live_alert (at_ms);
