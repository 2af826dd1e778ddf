package io.floorview.domain.qa;

import java.util.ArrayList;
import java.util.List;

/** Copy-on-write edits of the immutable lists inside scorecards, for the {@code with…} methods. */
final class ListEdits {

    private ListEdits() {
    }

    static <T> List<T> replace(List<T> list, int index, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, item);
        return List.copyOf(copy);
    }

    static <T> List<T> add(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return List.copyOf(copy);
    }

    static <T> List<T> insert(List<T> list, int index, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(index, item);
        return List.copyOf(copy);
    }

    static <T> List<T> remove(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return List.copyOf(copy);
    }

    /** The list with the item at {@code from} moved to {@code to} (both indexes of the list as it is). */
    static <T> List<T> move(List<T> list, int from, int to) {
        List<T> copy = new ArrayList<>(list);
        T item = copy.remove(from);
        copy.add(to, item);
        return List.copyOf(copy);
    }
}
