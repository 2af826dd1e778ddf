package io.floorview.ui.live;

import io.floorview.domain.kpi.CenterDay;
import io.floorview.ui.common.Messages;
import io.floorview.ui.common.UiExecutor;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The center's settings: its time zone (picked from a list searched as one types) and when its day starts. OK
 * checks both in place, saves them off the FX thread and closes only once they are saved and applied; what the
 * command line set is shown but cannot be changed here (it wins).
 */
final class CenterSettingsDialog extends Dialog<ButtonType> {

    private final Messages messages;
    private final CenterDayStore store;
    private final UiExecutor executor;
    private final TextField search = new TextField();
    private final ListView<String> zones = new ListView<>();
    private final TextField dayStart = new TextField();
    private final Label error = new Label();
    private CenterDay saved;

    CenterSettingsDialog(Messages messages, CenterDayStore store, UiExecutor executor) {
        this.messages = messages;
        this.store = store;
        this.executor = executor;
        CenterDay now = store.current();
        setTitle(messages.get("settings.center.title"));
        setHeaderText(messages.get("settings.center.header"));
        getDialogPane().setId("center-settings-dialog");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        FilteredList<String> shown = new FilteredList<>(FXCollections.observableArrayList(
                ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                        && !z.startsWith("SystemV/")).sorted().toList()));
        if (!shown.getSource().contains(now.zone().getId())) {
            ((javafx.collections.ObservableList<String>) shown.getSource()).add(0, now.zone().getId());
        }
        search.setId("center-zone-search");
        search.setPromptText(messages.get("settings.center.zone.prompt"));
        search.textProperty().addListener((o, a, b) -> {
            String q = b == null ? "" : b.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
            String keep = zones.getSelectionModel().getSelectedItem();
            shown.setPredicate(z -> q.isEmpty() || z.toLowerCase(Locale.ROOT).contains(q));
            if (keep != null && shown.contains(keep)) {
                zones.getSelectionModel().select(keep);
            } else if (shown.size() == 1) {
                zones.getSelectionModel().select(0);
            }
        });
        zones.setId("center-zone-list");
        zones.setItems(shown);
        zones.setPrefHeight(220);
        zones.getSelectionModel().select(now.zone().getId());
        zones.scrollTo(now.zone().getId());
        Label chosen = new Label();
        chosen.setId("center-zone-chosen");
        chosen.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String z = zones.getSelectionModel().getSelectedItem();
            return z == null ? messages.get("settings.center.zone.none") : messages.get("settings.center.zone.chosen", z);
        }, zones.getSelectionModel().selectedItemProperty()));
        dayStart.setId("center-day-start");
        dayStart.setPrefColumnCount(6);
        dayStart.setText(now.dayStartText());
        dayStart.setPromptText("06:00");

        Label zoneLabel = new Label(messages.get("settings.center.zone"));
        zoneLabel.setLabelFor(search);
        Label startLabel = new Label(messages.get("settings.center.dayStart"));
        startLabel.setLabelFor(dayStart);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, zoneLabel, search);
        grid.add(zones, 1, 1);
        grid.add(chosen, 1, 2);
        int row = 3;
        if (store.zoneFromCommandLine()) {
            search.setDisable(true);
            zones.setDisable(true);
            grid.add(locked("center-zone-locked", messages.get("settings.center.locked", "--zone")), 1, row++);
        }
        grid.addRow(row++, startLabel, dayStart);
        if (store.dayStartFromCommandLine()) {
            dayStart.setDisable(true);
            grid.add(locked("center-day-start-locked", messages.get("settings.center.locked", "--day-start")), 1,
                    row++);
        }
        Label note = new Label(messages.get("settings.center.note"));
        note.setId("center-note");
        note.setWrapText(true);
        note.setMaxWidth(460);
        error.setId("center-error");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.setMaxWidth(460);
        error.setStyle("-fx-text-fill: -fv-critical; -fx-font-weight: bold;");
        getDialogPane().setContent(new VBox(10, grid, note, error));

        setOnShown(e -> javafx.application.Platform.runLater(() -> (search.isDisabled() ? dayStart : search).requestFocus()));
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("center-ok");
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();  // closes only once saved
            save(ok);
        });
    }

    private static Label locked(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(360);
        l.getStyleClass().add("board-muted");
        return l;
    }

    private void save(Button ok) {
        String zone = zones.getSelectionModel().getSelectedItem();
        if (zone == null) {
            error.setText(messages.get("settings.center.error.zone"));
            search.requestFocus();
            return;
        }
        Optional<LocalTime> start = CenterDay.parseDayStart(dayStart.getText());
        if (start.isEmpty()) {
            error.setText(messages.get("settings.center.error.dayStart", dayStart.getText()));
            dayStart.requestFocus();
            return;
        }
        CenterDay day = new CenterDay(ZoneId.of(zone), start.get());
        error.setText(messages.get("settings.center.saving"));
        ok.setDisable(true);
        executor.submit(() -> {
            store.save(day);
            return store.current();
        }, applied -> {
            saved = applied;
            setResult(ButtonType.OK);
            close();
        }, t -> {
            ok.setDisable(false);
            error.setText(messages.get("settings.center.error.save",
                    t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()));
        });
    }

    /** The day saved and applied, once OK has closed the dialog. */
    Optional<CenterDay> saved() {
        return Optional.ofNullable(saved);
    }
}
