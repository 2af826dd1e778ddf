-- The staffing screen's edits of the forecast: per business day, queue selection and interval length, the
-- calls and AHT a user typed (or a reforecast set) for an interval. An interval without a row, or a NULL
-- column, follows the forecast from history. Written in one transaction per save.
CREATE TABLE forecast_edit (
    day          TEXT    NOT NULL, -- the business day, ISO date (2026-11-23)
    queues       TEXT    NOT NULL, -- '*' for all queues, else the queue ids sorted and joined by ','
    interval_min INTEGER NOT NULL, -- 15 or 30
    slot         INTEGER NOT NULL, -- the interval's index from the business day's start (0 = the first)
    calls        TEXT,             -- offered calls as the decimal typed; NULL: the history's forecast
    aht_sec      TEXT,             -- average handle time in seconds as the decimal typed; NULL: the history's
    saved_ms     INTEGER NOT NULL, -- when it was saved, epoch ms
    PRIMARY KEY (day, queues, interval_min, slot),
    CHECK (calls IS NOT NULL OR aht_sec IS NOT NULL)
) WITHOUT ROWID;
