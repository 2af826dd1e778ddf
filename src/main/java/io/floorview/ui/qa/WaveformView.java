package io.floorview.ui.qa;

import io.floorview.domain.audio.WaveformPeaks;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The recording's waveform with the player's position on it; a click or drag moves the player there. The
 * colours come from the screen's style sheet (the label text colour and the accent), so themes apply.
 */
final class WaveformView extends Region {

    private final PlayerModel player;
    private final Canvas canvas = new Canvas();
    private Color wave = Color.GRAY;
    private Color marker = Color.DODGERBLUE;

    WaveformView(PlayerModel player) {
        this.player = player;
        getStyleClass().add("qa-waveform-box");
        getChildren().add(canvas);
        setMinHeight(70);
        setPrefHeight(90);
        player.peaksProperty().addListener((o, a, b) -> draw());
        player.positionProperty().addListener((o, a, b) -> draw());
        player.durationProperty().addListener((o, a, b) -> draw());
        canvas.setOnMousePressed(e -> seekTo(e.getX()));
        canvas.setOnMouseDragged(e -> seekTo(e.getX()));
        setAccessibleText("waveform");
    }

    /** Colours read from the theme: the text colour for the wave, the accent for the position. */
    void colours(Color waveColour, Color markerColour) {
        wave = waveColour;
        marker = markerColour;
        draw();
    }

    private void seekTo(double x) {
        double w = canvas.getWidth();
        if (w > 0 && player.durationProperty().get() > 0) {
            player.seek(Math.round(Math.max(0, Math.min(1, x / w)) * player.durationProperty().get()));
        }
    }

    PlayerModel player() {
        return player;
    }

    /** Where the position marker is drawn, in pixels from the left: for tests. */
    double markerX() {
        long d = player.durationProperty().get();
        return d <= 0 ? 0 : canvas.getWidth() * player.position() / d;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.max(0, getWidth()));
        canvas.setHeight(Math.max(0, getHeight()));
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        WaveformPeaks peaks = player.peaksProperty().get();
        if (peaks == null || w <= 0) {
            return;
        }
        double mid = h / 2;
        float loudest = peaks.loudest();
        double scale = loudest > 0 ? (mid - 4) / loudest : 0;
        g.setStroke(wave);
        g.setLineWidth(1);
        int columns = peaks.columns();
        for (int x = 0; x < (int) w; x++) {
            int from = (int) ((long) x * columns / (int) w);
            int to = Math.max(from + 1, (int) ((long) (x + 1) * columns / (int) w));
            float lo = 0;
            float hi = 0;
            for (int c = from; c < Math.min(to, columns); c++) {
                lo = Math.min(lo, peaks.min(c));
                hi = Math.max(hi, peaks.max(c));
            }
            g.strokeLine(x + 0.5, mid - hi * scale, x + 0.5, mid - lo * scale);
        }
        double px = markerX();
        g.setStroke(marker);
        g.setLineWidth(2);
        g.strokeLine(px, 0, px, h);
    }
}
