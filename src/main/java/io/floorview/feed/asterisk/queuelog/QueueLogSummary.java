package io.floorview.feed.asterisk.queuelog;

import java.util.List;
import java.util.Map;

/**
 * What reading a queue_log gave.
 *
 * @param feedId         the feed the file maps to ({@link QueueLogIdentity}), {@code null} for an empty file
 * @param linesRead      every line, blank and bad ones included
 * @param linesMapped    lines that are call or agent events Floorview maps
 * @param eventsProduced feed events handed on (numbered 1 to {@code lastSeq})
 * @param linesSkipped   blank lines, {@code #} comments and header lines (not data, not errors)
 * @param linesSetAside  lines that could not be taken in; the first ones are in {@code setAside}
 * @param ignoredByName  lines that are no call or agent event (QUEUESTART, CONFIGRELOAD, DID, …), by event
 * @param unknownByName  lines of events Floorview does not know (PBXware's OUT*, custom events), by event
 * @param latin1Lines    lines that were not UTF-8 and were read as Latin-1
 * @param firstTs        the earliest time of a line taken in, epoch ms, {@code null} when none
 * @param lastTs         the latest time of a line taken in, epoch ms, {@code null} when none
 */
public record QueueLogSummary(String feedId, long bytesRead, long linesRead, long linesMapped, long eventsProduced,
                              long lastSeq, long linesSkipped, long linesSetAside, List<SetAside> setAside,
                              Map<String, Long> ignoredByName, Map<String, Long> unknownByName, long latin1Lines,
                              Long firstTs, Long lastTs) {

    /** A line that was set aside: where, why, and what it said (cut to a readable length). */
    public record SetAside(long lineNumber, String reason, String text) {
    }

    public QueueLogSummary {
        setAside = List.copyOf(setAside);
        ignoredByName = Map.copyOf(ignoredByName);
        unknownByName = Map.copyOf(unknownByName);
    }

    /** Lines that are neither mapped nor set aside nor skipped: ignored and unknown events. */
    public long linesNotMapped() {
        return ignoredByName.values().stream().mapToLong(Long::longValue).sum()
                + unknownByName.values().stream().mapToLong(Long::longValue).sum();
    }
}
