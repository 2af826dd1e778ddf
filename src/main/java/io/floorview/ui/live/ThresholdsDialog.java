package io.floorview.ui.live;

import io.floorview.domain.alert.Metric;
import io.floorview.domain.alert.Threshold;
import io.floorview.domain.alert.Thresholds;
import io.floorview.domain.kpi.FloorSnapshot;
import io.floorview.domain.kpi.ServiceLevelFormula;
import io.floorview.ui.common.Messages;
import io.floorview.ui.live.DashboardViewModel.QueueChoice;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The supervisor's levels: warning and critical per figure, for all queues (the defaults) or one queue (its own),
 * the service-level formula of each queue, and whether alerts beep. Nothing is applied until OK, and OK with a
 * bad value says what is wrong next to the fields instead of closing.
 */
final class ThresholdsDialog extends Dialog<ButtonType> {

    private final DashboardViewModel model;
    private final Messages messages;
    private final NumberFormat numbers;
    private final ChoiceBox<QueueChoice> scope = new ChoiceBox<>();
    private final Map<Metric, TextField> warning = new EnumMap<>(Metric.class);
    private final Map<Metric, TextField> critical = new EnumMap<>(Metric.class);
    private final ChoiceBox<ServiceLevelFormula> formula = new ChoiceBox<>();
    private final Label formulaExpression = new Label();
    private final CheckBox sound = new CheckBox();
    private final Label error = new Label();
    private Thresholds work;
    private final Map<String, ServiceLevelFormula> formulas = new HashMap<>();
    private QueueChoice shown;

    ThresholdsDialog(DashboardViewModel model) {
        this.model = model;
        this.messages = model.messages();
        this.numbers = NumberFormat.getNumberInstance(messages.locale());
        this.work = model.alerts().thresholds();
        setTitle(messages.get("alert.settings.title"));
        setHeaderText(messages.get("alert.settings.header"));
        getDialogPane().setId("thresholds-dialog");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        Label scopeLabel = new Label(messages.get("alert.settings.scope"));
        scopeLabel.setLabelFor(scope);
        scope.setId("thresholds-scope");
        scope.getItems().setAll(model.queues());
        grid.addRow(0, scopeLabel, scope);
        grid.addRow(1, new Label(), header("alert.settings.warning"), header("alert.settings.critical"));
        int row = 2;
        for (Metric m : Metric.values()) {
            TextField w = field("threshold-" + m.name() + "-warning");
            TextField c = field("threshold-" + m.name() + "-critical");
            warning.put(m, w);
            critical.put(m, c);
            Label name = new Label(messages.get("alert.metric." + m.name()));
            name.setLabelFor(w);
            grid.addRow(row++, name, w, c, new Label(messages.get("alert.unit." + m.name())));
        }
        Label formulaLabel = new Label(messages.get("alert.settings.formula"));
        formulaLabel.setLabelFor(formula);
        formula.setId("thresholds-formula");
        formula.getItems().setAll(ServiceLevelFormula.values());
        formula.setConverter(new StringConverter<>() {
            @Override
            public String toString(ServiceLevelFormula f) {
                return f == null ? "" : messages.get("formula.sl." + f.name());
            }

            @Override
            public ServiceLevelFormula fromString(String s) {
                return null;
            }
        });
        formula.valueProperty().addListener((o, a, f) -> {
            formulaExpression.setText(f == null ? "" : f.expression());
            if (f != null && shown != null) {
                formulas.put(shown.id(), f);
            }
        });
        formulaExpression.setId("thresholds-formula-expression");
        grid.addRow(row++, formulaLabel, formula, formulaExpression);
        GridPane.setColumnSpan(formula, 1);
        sound.setId("thresholds-sound");
        sound.setText(messages.get("alert.settings.sound"));
        sound.setSelected(model.alerts().soundProperty().get());
        error.setId("thresholds-error");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: -fv-critical; -fx-font-weight: bold;");
        getDialogPane().setContent(new VBox(10, grid, sound, error));

        scope.valueProperty().addListener((o, was, now) -> {
            if (now == null || now.equals(shown)) {
                return;
            }
            if (shown != null && !take()) {
                scope.setValue(shown); // stay until the values are right
                return;
            }
            show(now);
        });
        QueueChoice current = model.selectedProperty().get();
        scope.setValue(current == null ? model.queues().get(0) : current);

        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("thresholds-ok");
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!take()) {
                e.consume();
            }
        });
        setResultConverter(b -> b);
    }

    private Label header(String key) {
        Label l = new Label(messages.get(key));
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(6);
        return f;
    }

    private void show(QueueChoice q) {
        shown = q;
        for (Metric m : Metric.values()) {
            Threshold t = work.of(q.id(), m);
            warning.get(m).setText(numbers.format(t.warning()));
            critical.get(m).setText(numbers.format(t.critical()));
            boolean applies = m != Metric.LINES || FloorSnapshot.ALL_QUEUES.equals(q.id());
            warning.get(m).setDisable(!applies);
            critical.get(m).setDisable(!applies);
        }
        formula.setValue(formulas.getOrDefault(q.id(), model.formulaOf(q.id())));
        error.setText("");
    }

    /** Takes the fields into the working copy; false (with the reason shown) when a value is wrong. */
    private boolean take() {
        Thresholds next = work;
        for (Metric m : Metric.values()) {
            if (warning.get(m).isDisabled()) {
                continue;
            }
            String name = messages.get("alert.metric." + m.name());
            Double w = parse(warning.get(m).getText());
            Double c = parse(critical.get(m).getText());
            if (w == null || c == null) {
                return fail(messages.get("alert.settings.notANumber", name), w == null ? warning.get(m)
                        : critical.get(m));
            }
            if (w < 0 || c < 0) {
                return fail(messages.get("alert.settings.negative", name), w < 0 ? warning.get(m) : critical.get(m));
            }
            if (m.higherIsWorse() ? c < w : c > w) {
                return fail(messages.get(m.higherIsWorse() ? "alert.settings.order.higher"
                        : "alert.settings.order.lower", name), critical.get(m));
            }
            try {
                Threshold t = new Threshold(w, c).checkedFor(m);
                boolean all = FloorSnapshot.ALL_QUEUES.equals(shown.id());
                if (all) {
                    next = next.withDefault(m, t);
                } else {
                    next = next.withQueue(shown.id(), m, t.equals(next.defaults().get(m)) ? null : t);
                }
            } catch (IllegalArgumentException e) {
                return fail(messages.get("alert.settings.notANumber", name), critical.get(m));
            }
        }
        work = next;
        error.setText("");
        return true;
    }

    private boolean fail(String message, TextField where) {
        error.setText(message);
        where.requestFocus();
        where.selectAll();
        return false;
    }

    private Double parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return null;
        }
        ParsePosition p = new ParsePosition(0);
        Number n = numbers.parse(t, p);
        return n == null || p.getIndex() != t.length() ? null : n.doubleValue();
    }

    /** The levels as edited (after OK). */
    Thresholds thresholds() {
        return work;
    }

    /** The formulas chosen, by queue id. */
    Map<String, ServiceLevelFormula> formulas() {
        return formulas;
    }

    boolean sound() {
        return sound.isSelected();
    }
}
