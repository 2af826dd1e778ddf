package io.floorview.feed.asterisk.queuelog;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each column sits in a database export of the queue_log table, as its header line names them.
 * {@code callId}, {@code queue} and {@code agent} are -1 when the export lacks them.
 */
record ColumnLayout(byte separator, int time, int callId, int queue, int agent, int event, int[] data,
                    List<String> columns) {

    /** The layout a header names, or {@code null} when the line is no header (it needs time and event). */
    static ColumnLayout fromHeader(List<String> names, byte separator) {
        int time = names.indexOf("time");
        int event = names.indexOf("event");
        if (time < 0 || event < 0) {
            return null;
        }
        int queue = names.indexOf("queuename");
        List<Integer> data = new ArrayList<>();
        int single = names.indexOf("data");
        if (single >= 0) {
            data.add(single);
        }
        for (int k = 1; k <= 20; k++) {
            int c = names.indexOf("data" + k);
            if (c >= 0) {
                data.add(c);
            }
        }
        return new ColumnLayout(separator, time, names.indexOf("callid"), queue >= 0 ? queue : names.indexOf("queue"),
                names.indexOf("agent"), event, data.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(names));
    }
}
