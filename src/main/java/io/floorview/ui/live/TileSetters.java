package io.floorview.ui.live;

import eu.hansolo.tilesfx.Tile;
import java.util.Objects;
import javafx.scene.paint.Color;

/**
 * Sets a tile's text, colours and scale only when they change. TilesFX redraws a tile (and re-lays it out, for a
 * threshold) on every call of most setters, even with the value it already has; the live floor sets them a few
 * times a second on every tile, so unguarded calls were a large share of the FX thread's time under load.
 */
final class TileSetters {

    private TileSetters() {
    }

    static void title(Tile t, String s) {
        if (!Objects.equals(t.getTitle(), s)) {
            t.setTitle(s);
        }
    }

    static void text(Tile t, String s) {
        if (!Objects.equals(t.getText(), s)) {
            t.setText(s);
        }
    }

    static void description(Tile t, String s) {
        if (!Objects.equals(t.getDescription(), s)) {
            t.setDescription(s);
        }
    }

    static void tooltip(Tile t, String s) {
        if (!Objects.equals(t.getTooltipText(), s)) {
            t.setTooltipText(s);
        }
    }

    static void accessibleText(Tile t, String s) {
        if (!Objects.equals(t.getAccessibleText(), s)) {
            t.setAccessibleText(s);
        }
    }

    static void valueVisible(Tile t, boolean visible) {
        if (t.isValueVisible() != visible) {
            t.setValueVisible(visible);
        }
    }

    static void threshold(Tile t, double v) {
        if (Double.compare(t.getThreshold(), v) != 0) {
            t.setThreshold(v);
        }
    }

    static void maxValue(Tile t, double v) {
        if (Double.compare(t.getMaxValue(), v) != 0) {
            t.setMaxValue(v);
        }
    }

    /**
     * The tile's colours for its level: background, value (with its description and unit), title, text, and the
     * foreground of gauges and charts. (Not TilesFX's {@code setForegroundBaseColor}: that sets the title, text
     * and value colours too, and would undo the level's colour of the value.)
     */
    static void colors(Tile t, Color background, Color value, Color title, Color text, Color foreground) {
        if (!Objects.equals(t.getBackgroundColor(), background)) {
            t.setBackgroundColor(background);
        }
        if (!Objects.equals(t.getValueColor(), value)) {
            t.setValueColor(value);
        }
        if (!Objects.equals(t.getDescriptionColor(), value)) {
            t.setDescriptionColor(value);
        }
        if (!Objects.equals(t.getUnitColor(), value)) {
            t.setUnitColor(value);
        }
        if (!Objects.equals(t.getTitleColor(), title)) {
            t.setTitleColor(title);
        }
        if (!Objects.equals(t.getTextColor(), text)) {
            t.setTextColor(text);
        }
        if (!Objects.equals(t.getForegroundColor(), foreground)) {
            t.setForegroundColor(foreground);
        }
    }
}
