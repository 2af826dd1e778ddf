package io.floorview.ui.live;

import io.floorview.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The live floor screen: the tiles above, and below them the agent board, the waiting callers and today's
 * abandoned calls in tabs. The divider between the two can be dragged.
 */
public final class LiveFloorView extends SplitPane {

    private final DashboardView dashboard;
    private final AgentBoardView board;
    private final TabPane tabs = new TabPane();

    public LiveFloorView(DashboardViewModel model, DashboardView dashboard) {
        this.dashboard = dashboard;
        Messages messages = model.messages();
        setId("live-floor");
        getStyleClass().add("live-floor");
        getStylesheets().add(LiveFloorView.class.getResource("live.css").toExternalForm());
        setOrientation(Orientation.VERTICAL);
        board = new AgentBoardView(model.board(), messages);
        Tab agents = tab("tab-agents", board);
        agents.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("board.tab.agents", model.board().rows().size()), model.board().rows()));
        Tab waiting = tab("tab-waiting", CallListsView.waiting(model.callLists(), messages, model.formats()));
        waiting.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("board.tab.waiting", model.callLists().waiting().size()), model.callLists().waiting()));
        Tab abandoned = tab("tab-abandoned", CallListsView.abandoned(model.callLists(), messages, model.formats(),
                model.displayZone()));
        abandoned.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("board.tab.abandoned", model.callLists().abandoned().size()),
                model.callLists().abandoned()));
        tabs.setId("live-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(agents, waiting, abandoned);
        getItems().addAll(dashboard, tabs);
        setDividerPositions(0.55);
    }

    private static Tab tab(String id, javafx.scene.Node content) {
        Tab t = new Tab();
        t.setId(id);
        t.setContent(content);
        return t;
    }

    public DashboardView dashboard() {
        return dashboard;
    }

    public AgentBoardView board() {
        return board;
    }

    public TabPane tabs() {
        return tabs;
    }
}
