package io.floorview.ui.qa;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/** The QA screen: the scorecard editor, scoring a call, and reviews (acknowledgements and disputes). */
public final class QaView extends StackPane {

    private final TabPane tabs = new TabPane();

    public QaView(QaTexts texts, ScorecardEditorView editor, javafx.scene.Node scoring, javafx.scene.Node reviews,
                  javafx.scene.Node insights) {
        setId("qa-screen");
        getStylesheets().add(QaView.class.getResource("qa.css").toExternalForm());
        Tab editorTab = new Tab(texts.get("qa.tab.scorecards"), editor);
        editorTab.setId("qa-tab-scorecards");
        tabs.getTabs().add(editorTab);
        if (scoring != null) {
            Tab t = new Tab(texts.get("qa.tab.scoring"), scoring);
            t.setId("qa-tab-scoring");
            tabs.getTabs().add(t);
        }
        if (reviews != null) {
            Tab t = new Tab(texts.get("qa.tab.reviews"), reviews);
            t.setId("qa-tab-reviews");
            tabs.getTabs().add(t);
        }
        if (insights != null) {
            Tab t = new Tab(texts.get("qa.tab.insights"), insights);
            t.setId("qa-tab-insights");
            tabs.getTabs().add(t);
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // a wide form on one tab must not widen the others past the window
        tabs.setMinSize(0, 0);
        setMinSize(0, 0);
        getChildren().add(tabs);
    }

    public TabPane tabs() {
        return tabs;
    }
}
