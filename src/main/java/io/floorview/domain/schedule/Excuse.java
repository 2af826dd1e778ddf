package io.floorview.domain.schedule;

/** A supervisor's excuse of an agent's time out of adherence, {@code [fromMs, toMs)}, with a note. */
public record Excuse(long id, String agent, long fromMs, long toMs, String note, String author, long atMs) {
}
