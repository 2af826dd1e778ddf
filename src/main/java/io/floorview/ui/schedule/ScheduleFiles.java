package io.floorview.ui.schedule;

import io.floorview.service.schedule.ScheduleService;
import io.floorview.ui.common.UiExecutor;
import io.floorview.ui.schedule.ScheduleViewModel.Level;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The editor's CSV files: export of the range shown, import of a whole file or nothing (bad rows listed). */
final class ScheduleFiles {

    private final ScheduleService service;
    private final UiExecutor executor;
    private final ScheduleViewModel model;
    private final String author;

    ScheduleFiles(ScheduleService service, UiExecutor executor, ScheduleViewModel model, String author) {
        this.service = service;
        this.executor = executor;
        this.model = model;
        this.author = author;
    }

    void export(Path file, long fromMs, long toMs, Set<String> agents) {
        executor.submit(() -> {
            try (var w = Files.newBufferedWriter(file)) {
                service.exportCsv(Instant.ofEpochMilli(fromMs), Instant.ofEpochMilli(toMs), agents, w);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }, f -> model.say(Level.OK, model.texts().get("schedule.status.exported", f.getFileName())), model::failed);
    }

    void importFile(Path file) {
        executor.submit(() -> {
            try (var r = Files.newBufferedReader(file)) {
                return service.importCsv(author, r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, parsed -> {
            if (parsed.errors().isEmpty()) {
                model.say(Level.OK, model.texts().get("schedule.status.imported", parsed.items().size(),
                        file.getFileName()));
                model.reload();
            } else {
                List<String> lines = parsed.errors().stream().limit(5).map(model.texts()::rowError).toList();
                model.say(Level.ERROR, model.texts().get("schedule.status.importRefused", parsed.errors().size(),
                        String.join("; ", lines)));
            }
        }, model::failed);
    }
}
