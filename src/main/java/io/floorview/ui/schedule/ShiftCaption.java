package io.floorview.ui.schedule;

import io.floorview.domain.schedule.ActivityCodes;
import io.floorview.domain.schedule.Layer;
import io.floorview.domain.schedule.ScheduleItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A shift bar's label, placed so that nothing is drawn over it: along the top of the bar (its breaks, lunch and
 * meetings sit in the band below), in the first stretch that time off leaves uncovered and that holds it whole;
 * else just the times, else the start time in small print (the week view), else nothing (the bar's tooltip
 * still says it all). The bar keeps its full text for its tooltip and accessible text.
 */
final class ShiftCaption {

    /** The font sizes of the caption (schedule.css: .bar-caption, .bar-caption.compact). */
    private static final double FONT = 11;
    private static final double COMPACT_FONT = 9;

    private final Label caption;
    private final String full;
    private final String times;
    private final String start;
    /** The stretches of the shift shown that no time off covers, in time order. */
    private final List<long[]> free;

    ShiftCaption(Label bar, ScheduleItem shift, List<ScheduleItem> rowItems, ActivityCodes codes, long fromMs,
                 long toMs, ScheduleTexts texts) {
        this.full = bar.getText();
        this.start = texts.time(shift.startMs());
        this.times = start + "\u2013" + texts.time(shift.endMs());
        this.free = freeStretches(shift, rowItems, codes, fromMs, toMs);
        caption = new Label(full);
        caption.getStyleClass().add("bar-caption");
        caption.setMinWidth(0);
        caption.setMouseTransparent(true);
        bar.setGraphic(caption);
        bar.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        bar.setAlignment(Pos.TOP_LEFT);
    }

    /** Places the caption for the bar laid out at {@code barX}, with {@code xAt} the row's x of a time. */
    void place(double barX, LongToDoubleFunction xAt) {
        String[] texts = {full, times, start, start};
        String text = null;
        double[] at = null;
        int k = 0;
        for (; k < texts.length && at == null; k++) {
            at = fit(xAt, width(texts[k], k == 3 ? COMPACT_FONT : FONT));
            text = texts[k];
        }
        caption.setVisible(at != null);
        if (at == null) {
            return;
        }
        boolean compact = k == 4;
        if (compact != caption.getStyleClass().contains("compact")) {
            if (compact) {
                caption.getStyleClass().add("compact");
            } else {
                caption.getStyleClass().remove("compact");
            }
        }
        if (!text.equals(caption.getText())) {
            caption.setText(text);
        }
        if (caption.getPrefWidth() != at[1]) {
            caption.setPrefWidth(at[1]);
            caption.setMaxWidth(at[1]);
        }
        caption.setTranslateX(Math.max(0, at[0] - barX));
    }

    /** The x and width of the first free stretch with room for {@code width}, or {@code null}. */
    private double[] fit(LongToDoubleFunction xAt, double width) {
        for (long[] f : free) {
            double x = xAt.applyAsDouble(f[0]);
            if (Math.floor(xAt.applyAsDouble(f[1]) - x - 6) >= width) { // the bar's left padding and a pixel or two
                return new double[] {x, width};
            }
        }
        return null;
    }

    private double width(String text, double size) {
        Text probe = new Text(text);
        probe.setFont(Font.font(caption.getFont().getFamily(), size));
        return Math.ceil(probe.getLayoutBounds().getWidth()) + 2;
    }

    private static List<long[]> freeStretches(ScheduleItem shift, List<ScheduleItem> items, ActivityCodes codes,
                                              long fromMs, long toMs) {
        long a = Math.max(shift.startMs(), fromMs);
        long b = Math.min(shift.endMs(), toMs);
        List<ScheduleItem> over = items.stream().filter(i -> !i.id().equals(shift.id())
                        && codes.require(i.code()).layer() == Layer.TIME_OFF && i.startMs() < b && i.endMs() > a)
                .sorted(Comparator.comparingLong(ScheduleItem::startMs)).toList();
        List<long[]> out = new ArrayList<>();
        long at = a;
        for (ScheduleItem i : over) {
            if (i.startMs() > at) {
                out.add(new long[] {at, i.startMs()});
            }
            at = Math.max(at, i.endMs());
        }
        if (b > at) {
            out.add(new long[] {at, b});
        }
        return out;
    }
}
