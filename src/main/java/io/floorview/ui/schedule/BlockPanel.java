package io.floorview.ui.schedule;

import io.floorview.domain.schedule.ActivityCode;
import io.floorview.domain.schedule.Agent;
import io.floorview.domain.schedule.RuleWarning;
import io.floorview.domain.schedule.ScheduleChange;
import io.floorview.domain.schedule.ScheduleItem;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/**
 * The side panel of the schedule editor: the selected block with its rule warnings, the selected agent's change
 * history with restore, and every warning of the range shown (a click selects the block).
 */
final class BlockPanel extends VBox {

    private final ScheduleViewModel model;
    private final ScheduleTexts texts;
    private final VBox details = new VBox(4);

    BlockPanel(ScheduleViewModel model, ScheduleTexts texts) {
        super(8);
        this.model = model;
        this.texts = texts;
        details.setId("schedule-details");
        ListView<RuleWarning> warnings = new ListView<>(model.warningList());
        warnings.setId("schedule-warnings");
        warnings.setPrefHeight(220);
        warnings.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RuleWarning w, boolean empty) {
                super.updateItem(w, empty);
                if (empty || w == null) {
                    setText(null);
                    return;
                }
                String who = model.agents().stream().filter(a -> a.id().equals(w.agent())).map(Agent::name)
                        .findFirst().orElse(w.agent());
                setText("\u26a0 " + who + ": " + texts.warning(w));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        warnings.getSelectionModel().selectedItemProperty().addListener((o, a, w) -> {
            if (w != null) {
                model.selectedAgentProperty().set(w.agent());
                model.selectedItemProperty().set(w.itemId());
            }
        });
        Label wTitle = new Label(texts.get("schedule.warnings"));
        wTitle.getStyleClass().add("panel-title");
        getChildren().addAll(details, wTitle, warnings);
        setPadding(new Insets(8));
        setPrefWidth(320);
        getStyleClass().add("side-panel");
        showDetails();
    }

    void showDetails() {
        details.getChildren().clear();
        Label title = new Label(texts.get("schedule.selected"));
        title.getStyleClass().add("panel-title");
        details.getChildren().add(title);
        ScheduleItem i = model.item(model.selectedItemProperty().get()).orElse(null);
        if (i == null) {
            Label none = new Label(texts.get("schedule.selected.none"));
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            details.getChildren().add(none);
        } else {
            ActivityCode c = model.codesProperty().get().require(i.code());
            Label what = new Label(c.name() + " \u00b7 " + texts.dateTime(i.startMs()) + "\u2013" + texts.time(i.endMs())
                    + " (" + ScheduleTexts.hours(i.durationMs()) + ")");
            what.setId("schedule-selected-item");
            what.setWrapText(true);
            details.getChildren().add(what);
            for (RuleWarning w : model.warningsProperty().get().getOrDefault(i.id(), List.of())) {
                Label wl = new Label("\u26a0 " + texts.warning(w));
                wl.getStyleClass().add("item-warning");
                wl.setWrapText(true);
                details.getChildren().add(wl);
            }
        }
        String agent = model.selectedAgentProperty().get();
        if (agent != null) {
            Label h = new Label(texts.get("schedule.history"));
            h.getStyleClass().add("panel-title");
            ListView<ScheduleChange> list = new ListView<>(model.history());
            list.setId("schedule-history");
            list.setPrefHeight(200);
            list.setCellFactory(v -> new ListCell<>() {
                @Override
                protected void updateItem(ScheduleChange c, boolean empty) {
                    super.updateItem(c, empty);
                    setText(empty || c == null ? null : describe(c));
                    setWrapText(true);
                    setPrefWidth(0);
                }
            });
            Button restore = new Button(texts.get("schedule.restore"));
            restore.setId("schedule-restore");
            restore.setOnAction(e -> {
                ScheduleChange c = list.getSelectionModel().getSelectedItem();
                if (c != null) {
                    model.restore(c.id());
                }
            });
            restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
            details.getChildren().addAll(h, list, restore);
        }
    }

    private String describe(ScheduleChange c) {
        return texts.get("schedule.history.entry", texts.dateTime(c.atMs()), c.author(),
                texts.get("schedule.action." + c.action()), block(c.before()), block(c.after()));
    }

    private String block(ScheduleItem i) {
        if (i == null) {
            return texts.get("schedule.history.nothing");
        }
        String name = model.codesProperty().get().get(i.code()).map(ActivityCode::name).orElse(i.code());
        return name + " " + texts.dateTime(i.startMs()) + "\u2013" + texts.time(i.endMs());
    }
}
