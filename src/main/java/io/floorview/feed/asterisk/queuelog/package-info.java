/**
 * Asterisk's queue_log as a feed source: {@link io.floorview.feed.asterisk.queuelog.QueueLogParser} reads a
 * line of either form (the pipe file, a database export), {@link io.floorview.feed.asterisk.queuelog.QueueLogMapper}
 * turns lines into feed events numbered in line order, {@link io.floorview.feed.asterisk.queuelog.QueueLogReader}
 * reads a whole file with a {@link io.floorview.feed.asterisk.queuelog.QueueLogSummary},
 * {@link io.floorview.feed.asterisk.queuelog.QueueLogFollower} follows a live file into a feed journal, and
 * {@link io.floorview.feed.asterisk.queuelog.QueueLogIdentity} names the feed a file maps to. Inside, the mapper
 * keeps the calls in progress ({@code CallBook}), the agents ({@code AgentBook}) and the numbering of events,
 * with exits held until the next line says where the caller went ({@code EventOutput}).
 * See {@code docs/asterisk-queue-log.md}.
 */
package io.floorview.feed.asterisk.queuelog;
