package io.floorview.service.qa;

import io.floorview.domain.audio.WaveformPeaks;
import io.floorview.domain.qa.sampling.CallRecording;
import io.floorview.domain.qa.sampling.RecordingNamePattern;
import io.floorview.service.audio.RecordingFiles;
import io.floorview.service.audio.WavFiles;
import io.floorview.store.qa.CallRecordings;
import io.floorview.store.qa.QaSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The recorded calls the scoring screen offers and their audio. The calls come from the feed's announcements
 * ({@code recording.available}) and, when one is set, from a recordings folder whose file names follow a
 * pattern ({@link RecordingNamePattern}, e.g. Asterisk MixMonitor's): a file found for an announced call
 * replaces the announced address; a file of a call the feed never announced is listed with what its name
 * says. Blocking: call it through a {@code UiExecutor}.
 */
public final class Recordings {

    static final String FOLDER_KEY = "recordings.folder";
    static final String PATTERN_KEY = "recordings.pattern";
    /** Folders are looked into this deep (FreePBX keeps year/month/day folders). */
    private static final int FOLDER_DEPTH = 4;
    private static final int MAX_FILES = 50_000;

    private final CallRecordings announced;
    private final RecordingFiles files;
    private final QaSettings settings;
    private final ZoneId zone;

    /** Announced recordings only. */
    public Recordings(CallRecordings announced, RecordingFiles files) {
        this(announced, files, null, ZoneId.systemDefault());
    }

    /** Announced recordings and the recordings folder kept in {@code settings}; file names are read in {@code zone}. */
    public Recordings(CallRecordings announced, RecordingFiles files, QaSettings settings, ZoneId zone) {
        this.announced = announced;
        this.files = files;
        this.settings = settings;
        this.zone = zone;
    }

    /** A recordings folder and how its files are named. */
    public record Folder(Path dir, String pattern) {
    }

    public Optional<Folder> folder() {
        if (settings == null) {
            return Optional.empty();
        }
        return settings.get(FOLDER_KEY).map(d -> new Folder(Path.of(d),
                settings.get(PATTERN_KEY).orElse(RecordingNamePattern.FREEPBX_QUEUE)));
    }

    /**
     * Sets the recordings folder (both settings in one transaction).
     *
     * @throws IllegalArgumentException in words, when the folder is not there or the pattern is wrong
     */
    public Folder setFolder(String dir, String pattern) {
        if (settings == null) {
            throw new IllegalStateException("this console keeps no QA settings");
        }
        RecordingNamePattern.parse(pattern);
        Path path = Path.of(dir.strip());
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException("the folder " + path + " is not there");
        }
        settings.put(Map.of(FOLDER_KEY, path.toAbsolutePath().toString(), PATTERN_KEY, pattern.strip()));
        return new Folder(path.toAbsolutePath(), pattern.strip());
    }

    /** The latest {@code limit} recorded calls, latest first. */
    public List<CallRecording> recent(int limit) {
        List<CallRecording> calls = announced.recent(limit);
        Optional<Folder> folder = folder();
        if (folder.isEmpty()) {
            return calls;
        }
        Map<String, CallRecording> found = scan(folder.get());
        List<CallRecording> out = new ArrayList<>();
        for (CallRecording c : calls) {
            CallRecording file = found.remove(c.callId());
            out.add(file == null ? c : new CallRecording(c.callId(), file.uri(), c.at(), c.agentId(), c.agentName(),
                    c.team(), c.queue(), c.waitMs(), c.talkMs(), c.durationMs()));
        }
        out.addAll(found.values());
        out.sort(Comparator.comparing(CallRecording::at).reversed());
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** The folder's recordings by call id. */
    Map<String, CallRecording> scan(Folder folder) {
        RecordingNamePattern pattern = RecordingNamePattern.parse(folder.pattern());
        Map<String, CallRecording> out = new HashMap<>();
        try (Stream<Path> walk = Files.walk(folder.dir(), FOLDER_DEPTH)) {
            walk.filter(Files::isRegularFile).limit(MAX_FILES).forEach(f -> pattern.match(f.getFileName().toString())
                    .ifPresent(m -> {
                        Instant at;
                        try {
                            at = m.at() != null ? m.at().atZone(zone).toInstant()
                                    : Files.getLastModifiedTime(f).toInstant();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        out.put(m.callId(), new CallRecording(m.callId(), f.toUri().toString(), at, m.agent(),
                                m.agent(), "", m.queue(), -1, -1, 0));
                    }));
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot read the recordings folder " + folder.dir() + ": "
                    + e.getMessage(), e);
        }
        return out;
    }

    /** The recording's file, length and waveform ({@code columns} wide), ready to play and draw. */
    public Loaded load(String uri, long announcedMs, int columns) throws IOException {
        Path file = files.resolve(uri, announcedMs);
        return new Loaded(file, WavFiles.durationMs(file), WavFiles.peaks(file, columns));
    }

    /** A recording ready for the player. */
    public record Loaded(Path file, long durationMs, WaveformPeaks peaks) {
    }
}
