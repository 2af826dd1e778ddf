package io.floorview.ui.live;

import io.floorview.domain.alert.RaisedAlert;
import java.time.LocalDate;
import java.util.List;

/** Where the live floor keeps its alerts between starts. Both block on storage: never on the FX thread. */
public interface AlertHistory {

    /** The alerts raised during the business day {@code day}, oldest first. */
    List<RaisedAlert> load(LocalDate day);

    /** Keeps {@code alert}; the same alert kept twice is kept once. */
    void record(RaisedAlert alert);
}
