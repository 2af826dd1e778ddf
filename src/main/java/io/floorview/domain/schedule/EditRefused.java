package io.floorview.domain.schedule;

import java.util.List;

/**
 * A schedule edit that cannot be saved, and why: the reason and the values it names (for the message the user
 * reads, in their language), and the block it is about. Nothing of the edit is saved.
 */
public final class EditRefused extends RuntimeException {

    /** Why an edit is refused. */
    public enum Reason {
        /** args: agent id */
        UNKNOWN_AGENT,
        /** args: activity code */
        UNKNOWN_CODE,
        /** args: block id */
        DUPLICATE_ID,
        /** args: block id: the block changed or went since the editor read it */
        STALE,
        /** args: activity name, the longest it may last in hours */
        TOO_LONG,
        /** args: the block's id: it ends before it starts, or lasts nothing */
        EMPTY,
        /** args: line number, what is wrong (CSV import) */
        BAD_ROW,
        /**
         * args: agent id, the activity name of their block in the way, its start and end (epoch ms): a block handed
         * to another agent would overlap one of theirs of the same layer
         */
        AGENT_BUSY
    }

    private final Reason reason;
    private final String itemId;
    private final List<String> args;

    public EditRefused(Reason reason, String itemId, String... args) {
        super(reason + " " + String.join(", ", args) + (itemId == null ? "" : " (block " + itemId + ")"));
        this.reason = reason;
        this.itemId = itemId;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    /** The block it is about, or {@code null}. */
    public String itemId() {
        return itemId;
    }

    public List<String> args() {
        return args;
    }
}
