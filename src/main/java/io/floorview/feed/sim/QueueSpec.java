package io.floorview.feed.sim;

/**
 * One simulated queue and how its callers behave.
 *
 * @param index           position in the catalog, 0 for the first queue
 * @param id              the queue's id on the feed, e.g. {@code sales}
 * @param name            the name a supervisor reads, e.g. {@code Sales}
 * @param slThresholdSec  service-level threshold announced in {@code queue.configured}
 * @param slTargetPercent service-level target announced in {@code queue.configured}
 * @param share           this queue's share (0..1) of the center's calls
 * @param timeoutMs       longest wait before the call is moved on ({@code call.overflowed} reason timeout)
 * @param maxLength       most callers that may wait (about half its share of the agents, at least 3); the
 *                        next one is rejected (queue_full)
 * @param talkMedianMs    median talk time of its calls
 * @param wrapMedianMs    median after-call work of its calls
 * @param overflowTo      the index of the queue its timed-out calls go to, or -1: they leave the center
 */
record QueueSpec(int index, String id, String name, int slThresholdSec, double slTargetPercent, double share,
                 long timeoutMs, int maxLength, long talkMedianMs, long wrapMedianMs, int overflowTo) {
}
