package io.floorview.store;

import java.util.Objects;

/**
 * A feed line that could not be taken in, kept with its reason and raw text.
 *
 * @param seq the line's sequence number when it had a readable one, else {@code null}
 */
public record SetAsideLine(Long seq, long receivedMs, String reason, String raw) {

    public SetAsideLine {
        Objects.requireNonNull(reason, "reason");
        raw = raw == null ? "" : raw;
    }
}
