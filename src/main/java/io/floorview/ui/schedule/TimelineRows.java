package io.floorview.ui.schedule;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The timeline's rows as a dragged block sees them: which agent's row is under the pointer, and which row is
 * marked as where the block would land.
 */
final class TimelineRows implements TimelineRow.Timeline {

    private final VBox rows;
    private final Runnable moveDialog;

    TimelineRows(VBox rows, Runnable moveDialog) {
        this.rows = rows;
        this.moveDialog = moveDialog;
    }

    @Override
    public Optional<String> agentAt(double sceneY) {
        for (Node n : rows.getChildren()) {
            if (n instanceof HBox line && line.getChildren().size() == 2
                    && line.getChildren().get(1) instanceof TimelineRow row) {
                Bounds b = line.localToScene(line.getLayoutBounds());
                if (sceneY >= b.getMinY() && sceneY < b.getMaxY()) {
                    return Optional.of(row.agent());
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void dropTarget(String agent) {
        for (Node n : rows.getChildren()) {
            if (n instanceof HBox line && line.getChildren().size() == 2
                    && line.getChildren().get(1) instanceof TimelineRow row) {
                boolean target = row.agent().equals(agent);
                if (target != line.getStyleClass().contains("drop-target")) {
                    if (target) {
                        line.getStyleClass().add("drop-target");
                    } else {
                        line.getStyleClass().remove("drop-target");
                    }
                }
            }
        }
    }

    @Override
    public void moveToAgent() {
        moveDialog.run();
    }
}
