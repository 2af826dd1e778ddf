-- The QA screen's settings, such as the recordings folder and its file-name pattern. One row per setting.
CREATE TABLE qa_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The scoring screen lists the latest recordings the feed announced (type 30) without reading every event.
CREATE INDEX event_recording_ts ON event (ts_ms) WHERE type = 30;
