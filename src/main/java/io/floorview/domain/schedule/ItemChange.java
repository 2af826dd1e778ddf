package io.floorview.domain.schedule;

/**
 * One change to a schedule block, as the editor makes it: {@code before} is the block as the editor last saw
 * it ({@code null} for a new block), {@code after} what it becomes ({@code null} to delete it). Holding the
 * block as it was lets a save see that someone else changed it in the meantime.
 */
public record ItemChange(ScheduleItem before, ScheduleItem after) {

    public ItemChange {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a block before or after");
        }
        if (before != null && after != null && !before.id().equals(after.id())) {
            throw new IllegalArgumentException("a change keeps the block's id: " + before.id() + " / " + after.id());
        }
    }

    public static ItemChange insert(ScheduleItem item) {
        return new ItemChange(null, item);
    }

    public static ItemChange update(ScheduleItem before, ScheduleItem after) {
        return new ItemChange(before, after);
    }

    public static ItemChange delete(ScheduleItem item) {
        return new ItemChange(item, null);
    }

    public String itemId() {
        return before != null ? before.id() : after.id();
    }

    /** The same change undone: the block goes back to how it was. */
    public ItemChange inverse() {
        return new ItemChange(after, before);
    }

    public Kind kind() {
        return before == null ? Kind.INSERT : after == null ? Kind.DELETE : Kind.UPDATE;
    }

    public enum Kind { INSERT, UPDATE, DELETE }
}
