package io.floorview.ui.live;

import io.floorview.ui.common.Messages;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * How long the wallboard shows each queue before the next: a spinner of 5 to 120 seconds on the live floor's
 * tool line, kept with the layout (and so saved with it, and applied at once to a running wallboard). A number
 * typed out of range is brought into it, and the supervisor is told.
 */
final class RotationControl {

    /** The shortest and longest time the wallboard shows each queue, seconds. */
    static final int MIN = 5;
    static final int MAX = 120;

    private RotationControl() {
    }

    /** The label, the spinner ({@code #rotate-seconds}) and its unit; {@code say} shows a word to the supervisor. */
    static List<Node> nodes(LayoutModel layout, Messages messages, Consumer<String> say) {
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setId("rotate-seconds");
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                MIN, MAX, clamp(layout.rotateSecondsProperty().get()));
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : String.valueOf(v);
            }

            @Override
            public Integer fromString(String text) {
                int v;
                try {
                    v = clamp(Integer.parseInt(text == null ? "" : text.trim()));
                    if (!String.valueOf(v).equals(text.trim())) {
                        say.accept(messages.get("wallboard.rotate.range", MIN, MAX));
                    }
                } catch (NumberFormatException e) {
                    v = values.getValue(); // nothing typed: as it was
                }
                if (!String.valueOf(v).equals(spinner.getEditor().getText())) {
                    spinner.getEditor().setText(String.valueOf(v)); // the editor shows what was taken
                }
                return v;
            }
        });
        spinner.setValueFactory(values);
        spinner.setEditable(true);
        spinner.setPrefWidth(84);
        // digits only, three at most: the range is checked when the number is taken
        spinner.getEditor().setTextFormatter(new TextFormatter<>(
                c -> c.getControlNewText().matches("\\d{0,3}") ? c : null));
        values.valueProperty().addListener((o, a, v) -> {
            if (v != null && v != layout.rotateSecondsProperty().get()) {
                layout.rotateSecondsProperty().set(v);
            }
        });
        layout.rotateSecondsProperty().addListener((o, a, v) -> values.setValue(clamp(v.intValue())));
        Tooltip tip = new Tooltip(messages.get("wallboard.rotate.tooltip", MIN, MAX));
        spinner.setTooltip(tip);
        Label label = new Label(messages.get("wallboard.rotate.label"));
        label.setLabelFor(spinner);
        label.setTooltip(tip);
        Label unit = new Label(messages.get("wallboard.rotate.unit"));
        return List.of(label, spinner, unit);
    }

    static int clamp(int seconds) {
        return Math.max(MIN, Math.min(MAX, seconds));
    }
}
