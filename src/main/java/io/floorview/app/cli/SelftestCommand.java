package io.floorview.app.cli;

import io.floorview.app.wiring.ConsoleContext;
import io.floorview.app.wiring.ConsoleLauncher;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code floorview selftest}: opens the full console, waits until the tiles show live values, prints one JSON
 * line with the timings and exits 0; exits 1 with the reason otherwise.
 */
@Command(name = "selftest", mixinStandardHelpOptions = true,
        description = {"Opens the console, waits for the first live frame of the tiles and prints the timings as JSON.",
            "Takes the console's options; exits non-zero with the reason when anything fails."})
final class SelftestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConsoleOptions options;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to wait for live values (default ${DEFAULT-VALUE} s).")
    long timeoutSec;

    @Override
    public Integer call() throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Map<String, Object> result = new LinkedHashMap<>();
        AtomicReference<String> failure = new AtomicReference<>();
        Displays.requireDisplay();
        options.applyLanguage();
        try (ConsoleContext context = ConsoleContext.open(options.config())) {
            ConsoleLauncher.run(context, (stage, window, model) -> {
                result.put("windowShownMs", System.currentTimeMillis() - jvmStart);
                PauseTransition timeout = new PauseTransition(Duration.seconds(timeoutSec));
                timeout.setOnFinished(e -> {
                    failure.set("no live values on the tiles after " + timeoutSec + " s (feed: "
                            + model.connectionTextProperty().get() + ", " + model.connectionDetailProperty().get() + ")");
                    stage.close();
                });
                timeout.play();
                Runnable[] pulse = new Runnable[1];
                pulse[0] = () -> {
                    if (model.showingLiveValuesProperty().get()) {
                        stage.getScene().removePostLayoutPulseListener(pulse[0]);
                        timeout.stop();
                        result.put("firstLiveFrameMs", System.currentTimeMillis() - jvmStart);
                        var s = model.latest();
                        result.put("feed", context.ingest().status().feed());
                        result.put("eventsApplied", s.eventsApplied());
                        result.put("queues", s.queues().size());
                        result.put("agents", s.agents().size());
                        result.put("offeredToday", s.center().today().offered());
                        result.put("tileWaiting", window.dashboard().tile("waiting").getValue());
                        result.put("tileOffered", window.dashboard().tile("offered").getValue());
                        Platform.runLater(stage::close);
                    }
                };
                stage.getScene().addPostLayoutPulseListener(pulse[0]);
            });
        }
        if (failure.get() != null || !result.containsKey("firstLiveFrameMs")) {
            String reason = failure.get() != null ? failure.get() : "the window closed before live values showed";
            spec.commandLine().getOut().println(Json.line(Map.of("ok", false, "reason", reason)));
            spec.commandLine().getErr().println("floorview selftest: " + reason);
            return 1;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", true);
        out.put("jvmStartToWindowMs", result.get("windowShownMs"));
        out.put("jvmStartToFirstLiveFrameMs", result.get("firstLiveFrameMs"));
        result.remove("windowShownMs");
        result.remove("firstLiveFrameMs");
        out.putAll(result);
        out.put("java", System.getProperty("java.version"));
        out.put("javafx", System.getProperty("javafx.runtime.version"));
        spec.commandLine().getOut().println(Json.line(out));
        return 0;
    }
}
