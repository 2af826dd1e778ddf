-- The center's day, as set in the console's "Center settings" dialog: its time zone and when its day starts.
-- One row; options given on the command line win over it. Written in one transaction per save.

CREATE TABLE center_settings (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    zone      TEXT    NOT NULL,                -- a region id such as Europe/Rome
    day_start TEXT    NOT NULL,                -- HH:MM
    saved_by  TEXT    NOT NULL,
    saved_ms  INTEGER NOT NULL
);
