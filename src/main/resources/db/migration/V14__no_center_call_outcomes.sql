-- The center's abandoned and overflowed calls were stored twice: once for the queue the call left and once more
-- for the center ('*'). No list ever read the center's rows (every list of calls shows the queues' entries; the
-- center's figures come from the queue rollups), and they were about half of what the store writer added for each
-- busy batch. They are no longer written; those already stored go, so that a cache and a rebuild of it agree.
DELETE FROM call_outcome WHERE queue = '*';
