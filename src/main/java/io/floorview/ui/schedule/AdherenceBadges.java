package io.floorview.ui.schedule;

import javafx.scene.control.Label;

/** What the timeline shows before an agent's name: their adherence now. */
@FunctionalInterface
public interface AdherenceBadges {

    /** Nothing (no live adherence known). */
    AdherenceBadges NONE = agent -> {
        Label l = new Label();
        l.setMinWidth(16);
        return l;
    };

    Label badge(String agent);
}
