package io.floorview.ui.staffing;

import java.util.function.BiFunction;
import java.util.function.Predicate;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * A forecast cell typed over in place: Enter (or leaving the cell) takes the value if the view model accepts
 * it; a refused value stays in the field, marked, with the reason as its tooltip (and in the screen's edit
 * line), until it is corrected or Escape restores the cell. An edited value is shown in italics, and one not
 * saved yet with a trailing asterisk.
 */
final class EditCell extends TableCell<ForecastRowModel, String> {

    private final BiFunction<ForecastRowModel, String, String> editor;
    private final Predicate<ForecastRowModel> edited;
    private final Predicate<ForecastRowModel> unsaved;
    private final Runnable cancelled;
    private final String idPrefix;
    private TextField field;

    /**
     * @param editor    takes (row, text) and returns what is wrong, or null when it took the value
     * @param idPrefix  the field's id is this plus the interval's slot, e.g. {@code staffing-calls-36}
     */
    EditCell(BiFunction<ForecastRowModel, String, String> editor, Predicate<ForecastRowModel> edited,
             Predicate<ForecastRowModel> unsaved, Runnable cancelled, String idPrefix) {
        this.editor = editor;
        this.edited = edited;
        this.unsaved = unsaved;
        this.cancelled = cancelled;
        this.idPrefix = idPrefix;
        getStyleClass().add("forecast-cell");
    }

    private ForecastRowModel row() {
        return getTableRow() == null ? null : getTableRow().getItem();
    }

    @Override
    public void startEdit() {
        if (row() == null) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        field = new TextField(getItem() == null ? "" : getItem());
        field.setId(idPrefix + "field");
        field.setOnAction(e -> take());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && isEditing()) {
                take();
            }
        });
        setText(null);
        setGraphic(field);
        field.selectAll();
        field.requestFocus();
    }

    private void take() {
        ForecastRowModel r = row();
        if (r == null || field == null) {
            return;
        }
        String problem = editor.apply(r, field.getText());
        if (problem == null) {
            commitEdit(field.getText());
        } else {
            if (!field.getStyleClass().contains("invalid")) {
                field.getStyleClass().add("invalid");
            }
            field.setTooltip(new Tooltip(problem));
            field.selectAll();
        }
    }

    @Override
    public void commitEdit(String value) {
        super.commitEdit(value);
        field = null;
        setGraphic(null);
        show();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        field = null;
        setGraphic(null);
        cancelled.run();
        show();
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (!isEditing()) {
            show();
        }
    }

    private void show() {
        ForecastRowModel r = row();
        getStyleClass().removeAll("edited", "unsaved");
        if (isEmpty() || r == null) {
            setText(null);
            setId(null);
            return;
        }
        setId(idPrefix + r.slot());
        boolean dirty = unsaved.test(r);
        setText((getItem() == null ? "" : getItem()) + (dirty ? " *" : ""));
        if (edited.test(r)) {
            getStyleClass().add("edited");
        }
        if (dirty) {
            getStyleClass().add("unsaved");
        }
    }
}
