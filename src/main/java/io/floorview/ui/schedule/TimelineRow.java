package io.floorview.ui.schedule;

import io.floorview.domain.schedule.ActivityCode;
import io.floorview.domain.schedule.ActivityCodes;
import io.floorview.domain.schedule.HandOver;
import io.floorview.domain.schedule.Layer;
import io.floorview.domain.schedule.RuleWarning;
import io.floorview.domain.schedule.ScheduleItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * One agent's blocks over the range shown, as coloured bars placed by time: shifts at the back, activities
 * over them, time off on top. A bar can be dragged to move it, or by an edge to resize it, snapping to the
 * editor's step, or onto another agent's row to give it to them; a warning badge sits at the right end of a bar
 * that breaks a rule.
 * A shift's label runs along the top of the bar, its breaks in the band below: see {@link ShiftCaption}.
 */
final class TimelineRow extends Region {

    static final double HEIGHT = 34;
    private static final double EDGE = 6;

    private final ScheduleViewModel model;
    private final String agent;
    private final long fromMs;
    private final long toMs;
    private final List<Bar> bars = new ArrayList<>();
    private final List<Line> dayLines = new ArrayList<>();
    private final List<Long> dayStarts;

    private final Timeline timeline;

    /** A bar, its warning badge (or {@code null}) and, for a shift, its caption (or {@code null}). */
    private record Bar(ScheduleItem item, Layer layer, Label node, Label badge, ShiftCaption caption) {
    }

    /** What a row needs from the timeline around it, for a block dragged onto another agent's row. */
    interface Timeline {
        /** The agent whose row is at scene {@code y}, if any. */
        Optional<String> agentAt(double sceneY);

        /** Marks the row a dragged block would land on ({@code null}: none). */
        void dropTarget(String agent);

        /** Move to agent… for the selected block. */
        void moveToAgent();
    }

    TimelineRow(ScheduleViewModel model, Timeline timeline, String agent, List<ScheduleItem> items,
                ActivityCodes codes, Map<String, List<RuleWarning>> warnings, long fromMs, long toMs,
                List<Long> dayStarts) {
        this.model = model;
        this.timeline = timeline;
        this.agent = agent;
        this.fromMs = fromMs;
        this.toMs = toMs;
        this.dayStarts = dayStarts;
        setId("row-" + agent);
        getStyleClass().add("timeline-row");
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        for (int k = 1; k < dayStarts.size(); k++) {
            Line l = new Line();
            l.getStyleClass().add("day-line");
            dayLines.add(l);
            getChildren().add(l);
        }
        List<ScheduleItem> sorted = new ArrayList<>(items);
        sorted.sort(java.util.Comparator.comparing((ScheduleItem i) -> codes.require(i.code()).layer())
                .thenComparingLong(ScheduleItem::startMs));
        for (ScheduleItem i : sorted) {
            if (i.endMs() <= fromMs || i.startMs() >= toMs) {
                continue;
            }
            ActivityCode code = codes.require(i.code());
            Label bar = bar(i, code);
            List<RuleWarning> ws = warnings.getOrDefault(i.id(), List.of());
            Label badge = null;
            if (!ws.isEmpty()) {
                bar.getStyleClass().add("has-warning");
                badge = new Label("\u26a0");
                badge.setId("warn-" + i.id());
                badge.getStyleClass().add("warning-badge");
                String text = String.join("\n", ws.stream().map(model.texts()::warning).toList());
                badge.setTooltip(new Tooltip(text));
                badge.setAccessibleText(text);
                badge.setMouseTransparent(false);
            }
            ShiftCaption caption = code.layer() == Layer.SHIFT
                    ? new ShiftCaption(bar, i, sorted, codes, fromMs, toMs, model.texts()) : null;
            bars.add(new Bar(i, code.layer(), bar, badge, caption));
            getChildren().add(bar);
            if (badge != null) {
                getChildren().add(badge);
            }
        }
        setOnMousePressed(e -> {
            if (e.getTarget() == this || dayLines.contains(e.getTarget())) {
                requestFocusOnTimeline();
                model.selectedAgentProperty().set(agent);
                model.selectedItemProperty().set(null);
            }
        });
        setOnContextMenuRequested(e -> {
            if (e.getTarget() == this || dayLines.contains(e.getTarget())) {
                model.selectedAgentProperty().set(agent);
                insertMenu(msAt(e.getX()), null).show(this, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
    }

    private void requestFocusOnTimeline() {
        Node n = getParent();
        while (n != null && !n.isFocusTraversable()) {
            n = n.getParent();
        }
        if (n != null) {
            n.requestFocus();
        }
    }

    private Label bar(ScheduleItem i, ActivityCode code) {
        String prefix = i.startMs() < fromMs ? "\u2190 " : "";
        String suffix = i.endMs() > toMs ? " \u2192" : "";
        Label bar = new Label(prefix + code.name() + " " + model.texts().time(i.startMs()) + "\u2013"
                + model.texts().time(i.endMs()) + suffix);
        bar.setId("item-" + i.id());
        bar.getStyleClass().addAll("bar", "bar-" + code.layer().name().toLowerCase(java.util.Locale.ROOT));
        bar.setStyle("-fx-background-color: " + code.colour() + ";");
        bar.setPadding(new Insets(0, 4, 0, 4));
        bar.setMinWidth(0);
        bar.setTooltip(new Tooltip(bar.getText()));
        bar.setAccessibleText(bar.getText());
        if (i.id().equals(model.selectedItemProperty().get())) {
            bar.getStyleClass().add("selected");
        }
        Drag drag = new Drag();
        bar.setOnMouseMoved(e -> bar.setCursor(edge(bar, e) != 0 ? Cursor.H_RESIZE : Cursor.MOVE));
        bar.setOnMousePressed(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            requestFocusOnTimeline();
            model.selectedAgentProperty().set(agent);
            model.selectedItemProperty().set(i.id());
            drag.start(edge(bar, e), e.getSceneX(), e.getSceneY(), bar.getLayoutX(), bar.getWidth(), i);
            e.consume();
        });
        bar.setOnMouseDragged(e -> {
            if (drag.active) {
                drag.to(bar, e.getSceneX(), e.getSceneY());
                e.consume();
            }
        });
        bar.setOnMouseReleased(e -> {
            if (drag.active && drag.moved) {
                long d = drag.deltaMs(e.getSceneX());
                String onto = drag.edge == 0 ? drag.target(e.getSceneY()) : agent;
                drag.end(bar);
                switch (drag.edge) {
                    case -1 -> model.resize(i.id(), i.startMs() + d, i.endMs());
                    case 1 -> model.resize(i.id(), i.startMs(), i.endMs() + d);
                    default -> {
                        if (onto.equals(agent)) {
                            model.move(i.id(), i.startMs() + d);
                        } else {
                            model.moveToAgent(i.id(), onto, i.startMs() + d);
                        }
                    }
                }
            } else if (drag.active) {
                drag.end(bar);
            }
            e.consume();
        });
        bar.setOnContextMenuRequested(e -> {
            model.selectedAgentProperty().set(agent);
            model.selectedItemProperty().set(i.id());
            insertMenu(msAt(bar.getLayoutX() + e.getX()), i).show(bar, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return bar;
    }

    /** -1 at the left edge, 1 at the right edge, 0 in the middle. */
    private static int edge(Label bar, MouseEvent e) {
        if (bar.getWidth() < 3 * EDGE) {
            return 0;
        }
        return e.getX() < EDGE ? -1 : e.getX() > bar.getWidth() - EDGE ? 1 : 0;
    }

    private final class Drag {
        boolean active;
        boolean moved;
        int edge;
        double sceneX0;
        double sceneY0;
        double x0;
        double w0;
        /** The bars that go along when the block goes to another agent (a shift's breaks). */
        List<Label> along = List.of();

        void start(int edge, double sceneX, double sceneY, double x, double w, ScheduleItem item) {
            this.active = true;
            this.moved = false;
            this.edge = edge;
            this.sceneX0 = sceneX;
            this.sceneY0 = sceneY;
            this.x0 = x;
            this.w0 = w;
            java.util.Set<String> ids = new java.util.HashSet<>();
            HandOver.goesWith(model.draftProperty().get(), item).forEach(g -> ids.add(g.id()));
            this.along = bars.stream().filter(b -> ids.contains(b.item().id())).map(Bar::node).toList();
        }

        /** The agent whose row the pointer is over (this row's when it is over no row). */
        String target(double sceneY) {
            return timeline.agentAt(sceneY).orElse(agent);
        }

        /** The bar back in its row as laid out; the saved edit (or its refusal) decides where it goes. */
        void end(Label bar) {
            active = false;
            for (Label l : along) {
                l.setTranslateX(0);
                l.setTranslateY(0);
            }
            bar.setTranslateX(0);
            bar.setTranslateY(0);
            bar.getStyleClass().remove("dragging");
            if (getParent() != null) {
                getParent().setViewOrder(0);
            }
            timeline.dropTarget(null);
            requestLayout();
        }

        long deltaMs(double sceneX) {
            long raw = Math.round((sceneX - sceneX0) / pxPerMs());
            return model.snap(raw);
        }

        void to(Label bar, double sceneX, double sceneY) {
            moved = moved || Math.abs(sceneX - sceneX0) > 2 || (edge == 0 && Math.abs(sceneY - sceneY0) > 2);
            double dx = deltaMs(sceneX) * pxPerMs();
            if (edge == 0) {
                // drawn over the other rows while it travels (with its breaks when it would change agent); the row
                // it would land on is marked. Translation, not layout: a layout pass would put it back.
                String onto = target(sceneY);
                boolean away = !onto.equals(agent);
                double dy = sceneY - sceneY0;
                bar.setTranslateX(dx);
                bar.setTranslateY(dy);
                for (Label l : along) {
                    l.setTranslateX(away ? dx : 0);
                    l.setTranslateY(away ? dy : 0);
                }
                if (getParent() != null) {
                    getParent().setViewOrder(-1);
                }
                if (!bar.getStyleClass().contains("dragging")) {
                    bar.getStyleClass().add("dragging");
                }
                timeline.dropTarget(away ? onto : null);
                return;
            }
            switch (edge) {
                case -1 -> {
                    bar.setLayoutX(x0 + dx);
                    bar.resize(Math.max(2, w0 - dx), bar.getHeight());
                }
                default -> bar.resize(Math.max(2, w0 + dx), bar.getHeight());
            }
        }
    }

    private ContextMenu insertMenu(long atMs, ScheduleItem on) {
        ContextMenu menu = new ContextMenu();
        menu.setId("schedule-context-menu");
        for (ActivityCode c : model.codesProperty().get().all()) {
            MenuItem mi = new MenuItem(model.texts().get("schedule.menu.insert", c.name(),
                    model.texts().time(model.snap(atMs))));
            mi.setId("insert-" + c.code());
            mi.setOnAction(e -> model.insert(agent, c.code(), atMs));
            menu.getItems().add(mi);
        }
        if (on != null) {
            menu.getItems().add(new SeparatorMenuItem());
            MenuItem move = new MenuItem(model.texts().get("schedule.menu.moveTo"));
            move.setId("move-to-agent");
            move.setDisable(model.moveTargets(on.id()).isEmpty());
            move.setOnAction(e -> timeline.moveToAgent());
            menu.getItems().add(move);
            MenuItem del = new MenuItem(model.texts().get("schedule.menu.delete"));
            del.setId("delete-item");
            del.setOnAction(e -> model.deleteSelected());
            menu.getItems().add(del);
        }
        return menu;
    }

    double pxPerMs() {
        double w = getWidth() > 0 ? getWidth() : 1;
        return w / (toMs - fromMs);
    }

    long msAt(double x) {
        return fromMs + Math.round(x / pxPerMs());
    }

    double xAt(long ms) {
        return (Math.max(fromMs, Math.min(toMs, ms)) - fromMs) * pxPerMs();
    }

    @Override
    protected void layoutChildren() {
        for (int k = 1; k < dayStarts.size(); k++) {
            Line l = dayLines.get(k - 1);
            double x = Math.round(xAt(dayStarts.get(k))) + 0.5;
            l.setStartX(x);
            l.setEndX(x);
            l.setStartY(0);
            l.setEndY(HEIGHT);
        }
        for (Bar b : bars) {
            double x = xAt(b.item().startMs());
            double w = Math.max(2, xAt(b.item().endMs()) - x);
            double y;
            double h;
            switch (b.layer()) {
                case SHIFT -> { y = 2; h = HEIGHT - 4; }
                case ACTIVITY -> { y = 17; h = HEIGHT - 19; } // below the shift's label
                default -> { y = 1; h = HEIGHT - 2; }
            }
            b.node().resizeRelocate(x, y, w, h);
            if (b.caption() != null) {
                b.caption().place(x, this::xAt);
            }
            if (b.badge() != null) {
                double bw = b.badge().prefWidth(-1);
                b.badge().resizeRelocate(Math.min(x + w + 1, getWidth() - bw), y - 1, bw, 16);
            }
        }
    }

    /** Marks the bar of {@code itemId} as selected (and no other). */
    void select(String itemId) {
        for (Bar b : bars) {
            b.node().getStyleClass().remove("selected");
            if (b.item().id().equals(itemId)) {
                b.node().getStyleClass().add("selected");
            }
        }
    }

    String agent() {
        return agent;
    }
}
