package io.floorview.ui.live;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What one tile shows: a number (NaN when undefined), the same as text ready to read, a line of detail, a
 * level against the objective and a tooltip that explains the figure. No nodes: testable without a toolkit.
 */
public final class TileModel {

    private final String id;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final DoubleProperty value = new SimpleDoubleProperty(this, "value", Double.NaN);
    private final StringProperty valueText = new SimpleStringProperty(this, "valueText", "");
    private final StringProperty detail = new SimpleStringProperty(this, "detail", "");
    private final StringProperty tooltip = new SimpleStringProperty(this, "tooltip", "");
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>(this, "level", Level.NONE);

    public TileModel(String id, String title) {
        this.id = id;
        this.title.set(title);
    }

    /** A stable id, also the tile node's id ({@code tile-<id>}). */
    public String id() {
        return id;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public DoubleProperty valueProperty() {
        return value;
    }

    public StringProperty valueTextProperty() {
        return valueText;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public StringProperty tooltipProperty() {
        return tooltip;
    }

    public ObjectProperty<Level> levelProperty() {
        return level;
    }

    void set(double v, String text, String detailText, Level lvl) {
        value.set(v);
        valueText.set(text);
        detail.set(detailText);
        level.set(lvl);
    }
}
