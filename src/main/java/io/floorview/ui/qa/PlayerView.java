package io.floorview.ui.qa;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;

/** The recording player: play/pause, ±5 s, position, speed 0.5×–2×, why audio cannot play, and the waveform. */
final class PlayerView extends VBox {

    private final PlayerModel player;
    private final QaTexts texts;
    private final WaveformView waveform;

    PlayerView(PlayerModel player, QaTexts texts) {
        super(8);
        this.player = player;
        this.texts = texts;
        this.waveform = new WaveformView(player);
        getChildren().addAll(playerBar(), waveform);
        sceneProperty().addListener((o, a, s) -> {
            if (s != null) {
                javafx.application.Platform.runLater(this::themeWaveform);
            }
        });
    }

    private Node playerBar() {
        Button play = new Button();
        play.setId("qa-play");
        play.textProperty().bind(Bindings.when(player.playingProperty())
                .then(texts.get("qa.player.pause")).otherwise(texts.get("qa.player.play")));
        play.setOnAction(e -> player.togglePlay());
        play.disableProperty().bind(player.playableProperty().not());
        Button back = new Button(texts.get("qa.player.back"));
        back.setId("qa-back");
        back.setOnAction(e -> player.seek(player.position() - 5_000));
        Button forward = new Button(texts.get("qa.player.forward"));
        forward.setId("qa-forward");
        forward.setOnAction(e -> player.seek(player.position() + 5_000));
        Label position = new Label();
        position.setId("qa-position");
        Runnable showPosition = () -> position.setText(texts.get("qa.player.position",
                Clock.mmss(player.position()), Clock.mmss(player.durationProperty().get())));
        player.positionProperty().addListener((o, a, b) -> showPosition.run());
        player.durationProperty().addListener((o, a, b) -> showPosition.run());
        showPosition.run();
        ChoiceBox<Double> speed = new ChoiceBox<>();
        speed.getItems().setAll(0.5, 0.75, 1.0, 1.25, 1.5, 2.0);
        speed.setValue(player.rateProperty().get());
        speed.setId("qa-speed");
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : texts.get("qa.player.speed-item", d);
            }

            @Override
            public Double fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        speed.valueProperty().addListener((o, a, b) -> player.setRate(b));
        Label speedLabel = new Label(texts.get("qa.player.speed"));
        speedLabel.setLabelFor(speed);
        Label note = new Label();
        note.setId("qa-player-note");
        note.getStyleClass().add("qa-player-note");
        note.setWrapText(true);
        note.textProperty().bind(Bindings.createStringBinding(
                () -> player.noteProperty().get().isEmpty() ? "" : texts.get("qa.player.unavailable",
                        player.noteProperty().get()), player.noteProperty()));
        HBox bar = new HBox(8, play, back, forward, position, speedLabel, speed);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (Node n : bar.getChildren()) {
            if (n instanceof Control c) {
                c.setMinWidth(Control.USE_PREF_SIZE);
            }
        }
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        return new VBox(4, bar, note);
    }

    private void themeWaveform() {
        Label probe = new Label();
        probe.getStyleClass().add("qa-muted");
        Hyperlink accent = new Hyperlink();
        accent.getStyleClass().add("qa-timed-comment");
        getChildren().addAll(probe, accent);
        probe.setManaged(false);
        accent.setManaged(false);
        probe.applyCss();
        accent.applyCss();
        Color wave = probe.getTextFill() instanceof Color c ? c : Color.GRAY;
        Color marker = accent.getTextFill() instanceof Color c ? c : Color.DODGERBLUE;
        getChildren().removeAll(probe, accent);
        waveform.colours(wave, marker);
    }

    WaveformView waveform() {
        return waveform;
    }
}
