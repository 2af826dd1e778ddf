package io.floorview.app.cli;

import io.floorview.app.wiring.DataDirs;
import io.floorview.domain.kpi.CenterSettings;
import io.floorview.service.report.ChangedLogException;
import io.floorview.service.report.NotAQueueLogException;
import io.floorview.service.report.QueueLogImport;
import io.floorview.store.Database;
import io.floorview.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code floorview import --queue-log FILE}: takes an old Asterisk queue_log into the console's cache and its
 * report rollups, as the Reports screen's import does, and prints one JSON line of what was imported and what
 * was set aside. Importing the same file again counts nothing twice.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports an Asterisk queue_log into the console's cache, for the Reports screen.",
            "Prints one JSON line: lines read, events stored, lines set aside (with line numbers), unknown events."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--queue-log", paramLabel = "FILE", required = true,
            description = "The queue_log to import: the pipe file or a database export (docs/asterisk-queue-log.md).")
    Path file;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The console's data folder (default: the usual one).")
    Path dataDir;

    @Option(names = "--tz", paramLabel = "ZONE", converter = Converters.Zone.class,
            description = "The center's time zone, for database exports' local times (default: this computer's).")
    ZoneId tz;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            spec.commandLine().getErr().println("floorview import: " + InputFiles.whyUnreadable(file));
            return 2;
        }
        if (Files.size(file) == 0) { // refused before a data folder and its cache are made for nothing
            spec.commandLine().getErr().println("floorview import: " + NotAQueueLogException.empty(file).getMessage()
                    + "; nothing was imported");
            return 2;
        }
        ZoneId zone = tz == null ? ZoneId.systemDefault() : tz;
        Path dir = dataDir == null ? DataDirs.defaultDataDir() : dataDir;
        QueueLogImport.Result r;
        try {
            Database db = Database.open(dir.resolve("floorview.db"));
            r = new QueueLogImport(db, CenterSettings.defaults(zone)).run(file, p -> { }, () -> false);
        } catch (NotAQueueLogException | ChangedLogException e) {
            spec.commandLine().getErr().println("floorview import: " + e.getMessage() + "; nothing was imported");
            return 2;
        } catch (StoreException | java.io.IOException e) {
            spec.commandLine().getErr().println("floorview import: " + e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().println(Json.line(json(r)));
        return 0;
    }

    static Map<String, Object> json(QueueLogImport.Result r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", r.file().toString());
        out.put("feed", r.feed());
        out.put("bytes", r.bytes());
        out.put("lines", r.linesRead());
        out.put("mapped", r.linesMapped());
        out.put("events", r.eventsRead());
        out.put("eventsNew", r.eventsNew());
        out.put("eventsAlreadyHeld", r.eventsRead() - r.eventsNew());
        out.put("alreadyImported", r.alreadyImported());
        out.put("skipped", r.linesSkipped());
        out.put("setAside", r.linesSetAside());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (QueueLogImport.SetAside s : r.setAside()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("line", s.lineNumber());
            l.put("reason", s.reason());
            l.put("text", s.text());
            lines.add(l);
        }
        out.put("setAsideLines", lines);
        out.put("ignored", new java.util.TreeMap<>(r.ignored()));
        out.put("unknown", new java.util.TreeMap<>(r.unknown()));
        out.put("from", r.firstTs() == null ? null : Instant.ofEpochMilli(r.firstTs()).toString());
        out.put("to", r.lastTs() == null ? null : Instant.ofEpochMilli(r.lastTs()).toString());
        out.put("previousImport", r.previousImportMs() == null ? null
                : Instant.ofEpochMilli(r.previousImportMs()).toString());
        return out;
    }
}
