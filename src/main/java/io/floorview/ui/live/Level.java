package io.floorview.ui.live;

/** How a figure stands against its objective; shown by colour and by a word or icon, never colour alone. */
public enum Level {
    /** No objective, or nothing to judge yet. */
    NONE,
    OK,
    WARNING,
    CRITICAL
}
