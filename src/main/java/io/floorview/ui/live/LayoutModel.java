package io.floorview.ui.live;

import io.floorview.domain.alert.Thresholds;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.ServiceLevelFormula;
import io.floorview.domain.layout.FloorLayout;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * What of the live floor's arrangement is kept between starts besides the dashboard's own state: tiles shown,
 * queues hidden, theme, wallboard rotation, window size and divider, formulas chosen. {@link #changes()} counts
 * every change, for a debounced save. FX thread; no nodes.
 */
public final class LayoutModel {

    private final ObservableList<String> tiles = FXCollections.observableArrayList();
    private final ObservableSet<String> hiddenQueues = FXCollections.observableSet(new HashSet<>());
    private final StringProperty theme = new SimpleStringProperty(this, "theme", "dark");
    private final IntegerProperty rotateSeconds = new SimpleIntegerProperty(this, "rotateSeconds", 15);
    private final DoubleProperty width = new SimpleDoubleProperty(this, "width", 0);
    private final DoubleProperty height = new SimpleDoubleProperty(this, "height", 0);
    private final DoubleProperty divider = new SimpleDoubleProperty(this, "divider", 0.55);
    private final Map<String, ServiceLevelFormula> formulas = new HashMap<>();
    private final IntegerProperty changes = new SimpleIntegerProperty(this, "changes", 0);

    LayoutModel(List<String> allTiles) {
        tiles.setAll(allTiles);
        InvalidationListener bump = o -> changes.set(changes.get() + 1);
        for (Observable o : List.of(tiles, hiddenQueues, theme, rotateSeconds, width, height, divider)) {
            o.addListener(bump);
        }
    }

    /** The ids of the tiles shown, in order. */
    public ObservableList<String> tiles() {
        return tiles;
    }

    /** Queues left out of the selector and the wallboard's rotation. */
    public ObservableSet<String> hiddenQueues() {
        return hiddenQueues;
    }

    /** {@code dark} or {@code light}. */
    public StringProperty themeProperty() {
        return theme;
    }

    public IntegerProperty rotateSecondsProperty() {
        return rotateSeconds;
    }

    public DoubleProperty widthProperty() {
        return width;
    }

    public DoubleProperty heightProperty() {
        return height;
    }

    public DoubleProperty dividerProperty() {
        return divider;
    }

    /** Goes up by one at every change of the layout (for a debounced save). */
    public IntegerProperty changes() {
        return changes;
    }

    void formulaChosen(String queue, ServiceLevelFormula f) {
        formulas.put(queue, f);
        changed();
    }

    Map<String, ServiceLevelFormula> formulas() {
        return Map.copyOf(formulas);
    }

    void changed() {
        changes.set(changes.get() + 1);
    }

    FloorLayout capture(String queue, int windowMinutes, boolean sound, Thresholds thresholds) {
        return new FloorLayout(queue == null ? FloorSnapshot.ALL_QUEUES : queue, hiddenQueues, tiles, windowMinutes,
                width.get(), height.get(), Math.max(0, Math.min(1, divider.get())), theme.get(), sound,
                rotateSeconds.get(), thresholds, formulas);
    }

    void apply(FloorLayout l, List<String> allTiles) {
        List<String> known = l.tiles().stream().filter(allTiles::contains).toList();
        tiles.setAll(known.isEmpty() ? allTiles : known);
        hiddenQueues.clear();
        hiddenQueues.addAll(l.hiddenQueues());
        theme.set(l.theme());
        rotateSeconds.set(l.rotateSeconds());
        width.set(l.width());
        height.set(l.height());
        divider.set(l.divider());
        formulas.clear();
        formulas.putAll(l.formulas());
    }
}
