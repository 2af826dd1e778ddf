-- The QA screen's settings, such as the recordings folder and its file-name pattern. One row per setting.
CREATE TABLE qa_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
