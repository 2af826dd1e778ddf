package io.floorview.ui.live;

import io.floorview.ui.common.Formats;
import io.floorview.ui.common.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The tables of waiting callers and of today's abandoned calls. */
final class CallListsView {

    private CallListsView() {
    }

    static TableView<CallListsModel.Waiting> waiting(CallListsModel model, Messages messages, Formats formats) {
        TableView<CallListsModel.Waiting> t = new TableView<>(model.waiting());
        t.setId("waiting-table");
        t.setPlaceholder(new Label(messages.get("board.calls.waiting.empty")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(col("waiting-caller", messages.get("board.calls.col.caller"), w -> text(w.call().caller())));
        t.getColumns().add(col("waiting-queue", messages.get("board.calls.col.queue"), CallListsModel.Waiting::queueName));
        t.getColumns().add(col("waiting-position", messages.get("board.calls.col.position"), w -> w.call().position()));
        t.getColumns().add(duration(col("waiting-wait", messages.get("board.calls.col.wait"),
                CallListsModel.Waiting::waitMs), formats));
        return t;
    }

    static TableView<CallListsModel.Abandoned> abandoned(CallListsModel model, Messages messages, Formats formats,
                                                         ZoneId zone) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss", messages.locale()).withZone(zone);
        TableView<CallListsModel.Abandoned> t = new TableView<>(model.abandoned());
        t.setId("abandoned-table");
        t.setPlaceholder(new Label(messages.get("board.calls.abandoned.empty")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(col("abandoned-caller", messages.get("board.calls.col.caller"), a -> text(a.call().caller())));
        t.getColumns().add(col("abandoned-queue", messages.get("board.calls.col.queue"), CallListsModel.Abandoned::queueName));
        t.getColumns().add(col("abandoned-time", messages.get("board.calls.col.time"),
                a -> time.format(Instant.ofEpochMilli(a.call().abandonedMs()))));
        t.getColumns().add(col("abandoned-position", messages.get("board.calls.col.position"), a -> a.call().position()));
        t.getColumns().add(duration(col("abandoned-wait", messages.get("board.calls.col.wait"),
                a -> a.call().waitMs()), formats));
        return t;
    }

    private static <S> TableColumn<S, Long> duration(TableColumn<S, Long> c, Formats formats) {
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : formats.duration(item));
            }
        });
        return c;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static <S, T> TableColumn<S, T> col(String id, String title, Function<S, T> value) {
        TableColumn<S, T> c = new TableColumn<>(title);
        c.setId("col-" + id);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}
