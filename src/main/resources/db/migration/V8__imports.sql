-- Imports of queue_log files into the cache (Reports screen, `floorview import`): one row per run, so that the
-- console can say when a file was imported before and what it gave. The events themselves are in `event` under
-- the file's feed (queue_log:<hash of the first line>), numbered by line order, so importing a file again finds
-- them already stored and counts nothing twice (rollup_state.applied_seq says how far the rollups hold them).
CREATE TABLE log_import (
    id            INTEGER PRIMARY KEY,
    feed_id       INTEGER NOT NULL,
    file_name     TEXT    NOT NULL,
    imported_ms   INTEGER NOT NULL,
    lines_read    INTEGER NOT NULL,
    events_read   INTEGER NOT NULL,
    events_new    INTEGER NOT NULL,
    lines_set_aside INTEGER NOT NULL,
    cancelled     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX log_import_feed ON log_import (feed_id);
