package io.floorview.ui.schedule;

import io.floorview.domain.schedule.ItemChange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/** The editor's saved batches, for undo and redo: undoing a batch saves its inverse, newest change first. */
final class UndoStack {

    private static final int LIMIT = 200;
    private final Deque<List<ItemChange>> undo = new ArrayDeque<>();
    private final Deque<List<ItemChange>> redo = new ArrayDeque<>();

    /** A new batch was saved: it can be undone, and what was undone before can no longer be redone. */
    void done(List<ItemChange> batch) {
        undo.push(List.copyOf(batch));
        while (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The changes that undo the last batch (not yet taken off: call {@link #undone()} once they are saved). */
    List<ItemChange> peekUndo() {
        return inverse(undo.peek());
    }

    void undone() {
        redo.push(undo.pop());
    }

    List<ItemChange> peekRedo() {
        return redo.peek();
    }

    void redone() {
        undo.push(redo.pop());
    }

    static List<ItemChange> inverse(List<ItemChange> batch) {
        List<ItemChange> out = new ArrayList<>();
        for (ItemChange c : batch) {
            out.add(c.inverse());
        }
        Collections.reverse(out);
        return out;
    }
}
