package io.floorview.ui.staffing;

import io.floorview.service.staffing.ForecastRow;
import java.math.BigDecimal;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One interval of the forecast table: the history's figures, what is saved, what is being edited (not saved
 * yet), and the staffing computed from them. FX thread only.
 */
public final class ForecastRowModel {

    private final ForecastRow row;
    private final String time;
    /** The calls typed over the history (saved or not); null: the history's. */
    private BigDecimal workCalls;
    private BigDecimal workAht;
    private final ReadOnlyStringWrapper callsText = new ReadOnlyStringWrapper(this, "callsText");
    private final ReadOnlyStringWrapper ahtText = new ReadOnlyStringWrapper(this, "ahtText");
    private final ObjectProperty<Integer> agents = new SimpleObjectProperty<>(this, "agents");
    private final ObjectProperty<Integer> heads = new SimpleObjectProperty<>(this, "heads");
    private final ObjectProperty<String> gap = new SimpleObjectProperty<>(this, "gap");
    private final ObjectProperty<Double> scheduled = new SimpleObjectProperty<>(this, "scheduled");

    ForecastRowModel(ForecastRow row, String time) {
        this.row = row;
        this.time = time;
        this.workCalls = row.savedCalls();
        this.workAht = row.savedAht();
        refreshTexts();
    }

    public int slot() {
        return row.slot();
    }

    public String time() {
        return time;
    }

    public ForecastRow row() {
        return row;
    }

    public Long actualOffered() {
        return row.actualOffered();
    }

    /** The calls the forecast uses now: the edit, else the history's; null when neither. */
    public BigDecimal calls() {
        return workCalls != null ? workCalls : row.historyCalls();
    }

    public BigDecimal ahtSec() {
        return workAht != null ? workAht : row.historyAht();
    }

    BigDecimal workCalls() {
        return workCalls;
    }

    BigDecimal workAht() {
        return workAht;
    }

    void setWorkCalls(BigDecimal v) {
        workCalls = v;
        refreshTexts();
    }

    void setWorkAht(BigDecimal v) {
        workAht = v;
        refreshTexts();
    }

    /** Whether the calls differ from what is saved (an edit not saved yet). */
    public boolean callsDirty() {
        return !same(workCalls, row.savedCalls());
    }

    public boolean ahtDirty() {
        return !same(workAht, row.savedAht());
    }

    public boolean dirty() {
        return callsDirty() || ahtDirty();
    }

    /** Whether the calls are a user's figure (saved or not) rather than the history's. */
    public boolean callsEdited() {
        return workCalls != null;
    }

    public boolean ahtEdited() {
        return workAht != null;
    }

    void revert() {
        workCalls = row.savedCalls();
        workAht = row.savedAht();
        refreshTexts();
    }

    private void refreshTexts() {
        BigDecimal c = calls();
        BigDecimal a = ahtSec();
        callsText.set(c == null ? "" : c.toPlainString());
        ahtText.set(a == null ? "" : a.toPlainString());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public ReadOnlyStringProperty callsTextProperty() {
        return callsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ahtTextProperty() {
        return ahtText.getReadOnlyProperty();
    }

    /** Agents on the phones required; null when there is no number ({@link #gapProperty()} says why). */
    public ObjectProperty<Integer> agentsProperty() {
        return agents;
    }

    /** Heads required after shrinkage. */
    public ObjectProperty<Integer> headsProperty() {
        return heads;
    }

    /** Why there is no number, as shown; null when there is one. */
    public ObjectProperty<String> gapProperty() {
        return gap;
    }

    /** Agents the published schedule has on the queues; null when there is no schedule. */
    public ObjectProperty<Double> scheduledProperty() {
        return scheduled;
    }

    /** Scheduled minus required heads; null when either is missing. */
    public Double difference() {
        Double s = scheduled.get();
        Integer h = heads.get();
        return s == null || h == null ? null : s - h;
    }

    @Override
    public String toString() {
        return time + " " + Objects.toString(calls(), "-") + " calls";
    }
}
