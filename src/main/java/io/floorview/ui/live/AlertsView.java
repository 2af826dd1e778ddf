package io.floorview.ui.live;

import io.floorview.ui.common.Messages;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Today's alerts, newest first: time, queue, figure, level (word and icon), value. */
final class AlertsView {

    private AlertsView() {
    }

    static TableView<AlertsModel.Alert> table(AlertsModel model, Messages messages) {
        TableView<AlertsModel.Alert> t = new TableView<>(model.alerts());
        t.setId("alerts-table");
        t.setPlaceholder(new Label(messages.get("alert.empty")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(col("time", messages, AlertsModel.Alert::time));
        t.getColumns().add(col("queue", messages, AlertsModel.Alert::queue));
        t.getColumns().add(col("figure", messages, AlertsModel.Alert::figure));
        TableColumn<AlertsModel.Alert, String> level = col("level", messages, AlertsModel.Alert::level);
        level.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("alert-warning", "alert-critical");
                AlertsModel.Alert a = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (a == null) {
                    setText(null);
                    return;
                }
                boolean critical = a.crossing().to() == io.floorview.domain.alert.AlertLevel.CRITICAL;
                setText((critical ? "\u2716 " : "\u26a0 ") + item);
                getStyleClass().add(critical ? "alert-critical" : "alert-warning");
            }
        });
        t.getColumns().add(level);
        t.getColumns().add(col("value", messages, AlertsModel.Alert::value));
        return t;
    }

    private static TableColumn<AlertsModel.Alert, String> col(String id, Messages messages,
                                                               Function<AlertsModel.Alert, String> value) {
        TableColumn<AlertsModel.Alert, String> c = new TableColumn<>(messages.get("alert.col." + id));
        c.setId("alert-col-" + id);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
