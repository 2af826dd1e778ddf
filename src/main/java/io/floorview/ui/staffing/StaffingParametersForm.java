package io.floorview.ui.staffing;

import io.floorview.domain.staffing.Shrinkage;
import io.floorview.domain.staffing.StaffingGoal;
import io.floorview.service.staffing.StaffingParameters;
import io.floorview.ui.common.Messages;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The staffing parameters as typed: service-level target and threshold, ASA target, occupancy cap, shrinkage
 * and caller patience, each validated with a message for the field it concerns.
 */
public final class StaffingParametersForm {

    public static final String TARGET = "target";
    public static final String THRESHOLD = "threshold";
    public static final String ASA = "asa";
    public static final String MAX_OCCUPANCY = "maxOccupancy";
    public static final String SHRINKAGE = "shrinkage";
    public static final String PATIENCE = "patience";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Messages messages;
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    /** Field → what is wrong with it; empty when every field is fine. */
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    StaffingParametersForm(Messages messages) {
        this.messages = messages;
        fields.put(TARGET, new SimpleStringProperty("80"));
        fields.put(THRESHOLD, new SimpleStringProperty("20"));
        fields.put(ASA, new SimpleStringProperty(""));
        fields.put(MAX_OCCUPANCY, new SimpleStringProperty("85"));
        fields.put(SHRINKAGE, new SimpleStringProperty("0"));
        fields.put(PATIENCE, new SimpleStringProperty(""));
    }

    public StringProperty field(String name) {
        StringProperty p = fields.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no parameter " + name);
        }
        return p;
    }

    public Iterable<String> names() {
        return fields.keySet();
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** The parameters, or null when a field is wrong ({@link #errors()} then says which and why). */
    StaffingParameters parse() {
        Map<String, String> found = new LinkedHashMap<>();
        BigDecimal target = Decimals.parse(text(TARGET));
        if (target == null || target.signum() < 0 || target.compareTo(HUNDRED) >= 0) {
            found.put(TARGET, messages.get("staffing.param.target.invalid", text(TARGET)));
        }
        BigDecimal threshold = Decimals.parse(text(THRESHOLD));
        if (threshold == null || threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(3600)) > 0) {
            found.put(THRESHOLD, messages.get("staffing.param.threshold.invalid", text(THRESHOLD)));
        }
        BigDecimal asa = optional(ASA, "staffing.param.asa.invalid", found, BigDecimal.valueOf(86_400));
        BigDecimal occupancy = optional(MAX_OCCUPANCY, "staffing.param.maxOccupancy.invalid", found, HUNDRED);
        BigDecimal shrinkage = BigDecimal.ZERO;
        if (!text(SHRINKAGE).isBlank()) {
            shrinkage = Decimals.parse(text(SHRINKAGE));
            if (shrinkage == null || shrinkage.signum() < 0 || shrinkage.compareTo(HUNDRED) >= 0) {
                found.put(SHRINKAGE, messages.get("staffing.param.shrinkage.invalid", text(SHRINKAGE)));
            }
        }
        BigDecimal patience = optional(PATIENCE, "staffing.param.patience.invalid", found, BigDecimal.valueOf(86_400));
        errors.keySet().retainAll(found.keySet());
        errors.putAll(found);
        if (!found.isEmpty()) {
            return null;
        }
        StaffingGoal goal = new StaffingGoal(target, threshold.doubleValue(), asa == null ? null : asa.doubleValue(),
                occupancy == null ? null : occupancy.movePointLeft(2));
        return new StaffingParameters(goal, patience == null ? null : patience.doubleValue(),
                new Shrinkage(shrinkage.movePointLeft(2)));
    }

    /** A blank field is "none"; otherwise a number more than 0 and at most {@code max}. */
    private BigDecimal optional(String name, String key, Map<String, String> found, BigDecimal max) {
        String t = text(name);
        if (t.isBlank()) {
            return null;
        }
        BigDecimal v = Decimals.parse(t);
        if (v == null || v.signum() <= 0 || v.compareTo(max) > 0) {
            found.put(name, messages.get(key, t));
            return null;
        }
        return v;
    }

    private String text(String name) {
        String t = fields.get(name).get();
        return t == null ? "" : t;
    }
}
