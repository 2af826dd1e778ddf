package io.floorview.ui.shell;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * One of the console's screens besides the live floor (reports, schedules, QA …), as the main window's
 * switcher shows it. The screen is built the first time it is opened, then kept, so it keeps its state.
 *
 * @param id      stable identifier, used for the switcher button's node id ({@code section-ID})
 * @param title   the switcher button's text
 * @param content builds the screen, on the FX thread
 */
public record Section(String id, String title, Supplier<? extends Node> content) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
    }
}
