package io.floorview.ui.live;

import io.floorview.domain.kpi.CenterDay;

/** Where the center settings dialog reads and saves the center's day. {@link #save} blocks (not on the FX thread). */
public interface CenterDayStore {

    /** The day the live floor runs on now. */
    CenterDay current();

    /** Whether the time zone was given on the command line (it wins; the dialog does not change it). */
    boolean zoneFromCommandLine();

    /** Whether the day start was given on the command line (it wins; the dialog does not change it). */
    boolean dayStartFromCommandLine();

    /** Saves {@code day} and applies it to the live floor; returns once today's figures follow it. */
    void save(CenterDay day);
}
