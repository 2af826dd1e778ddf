package io.floorview.domain.schedule;



/**
 * One entry of the change history: who did what when, and the block before and after ({@code null} when it
 * did not exist). A publication has no agent and no blocks.
 */
public record ScheduleChange(long id, long atMs, String author, String action, String agent, String itemId,
                             ScheduleItem before, ScheduleItem after, String note) {
}
