package io.floorview.service.audio;

import io.floorview.domain.audio.SyntheticCall;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Turns a recording's URI, as the feed announced it, into a WAV file on this computer. The simulator's
 * recordings ({@code sim://recordings/CALL.wav}) are synthetic calls generated on first use into the data
 * folder ({@code recordings/sim/}), the same audio for the same call every time, so QA works on the simulated
 * center from the first start. {@code file:} URIs and plain paths are taken as they are. Blocking I/O.
 */
public final class RecordingFiles {

    public static final String SIM_PREFIX = "sim://recordings/";
    /** A simulated recording's length when the feed did not say: one minute. */
    static final long DEFAULT_SIM_MS = 60_000;
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,120}");

    private final Path simDir;

    public RecordingFiles(Path dataDir) {
        this.simDir = dataDir.resolve("recordings").resolve("sim");
    }

    /**
     * The file of the recording at {@code uri}.
     *
     * @param durationMs the length the feed announced (used to generate a simulated recording), 0 if unknown
     * @throws IOException when the recording cannot be found or made, with the reason in words
     */
    public Path resolve(String uri, long durationMs) throws IOException {
        if (uri.startsWith(SIM_PREFIX)) {
            return simulated(uri.substring(SIM_PREFIX.length()), durationMs);
        }
        Path file;
        try {
            file = uri.startsWith("file:") ? Path.of(new URI(uri)) : Path.of(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("the recording's address " + uri + " is not a file this console can open");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("the recording " + file + " is not there");
        }
        return file;
    }

    private Path simulated(String name, long durationMs) throws IOException {
        if (!SAFE_NAME.matcher(name).matches() || !name.endsWith(".wav") || name.startsWith(".")) {
            throw new IOException("the simulator's recording name " + name + " is not a plain .wav file name");
        }
        Path file = simDir.resolve(name);
        if (Files.isRegularFile(file)) {
            return file;
        }
        String callId = name.substring(0, name.length() - ".wav".length());
        long ms = durationMs > 0 ? Math.min(durationMs, SyntheticCall.MAX_DURATION_MS) : DEFAULT_SIM_MS;
        WavFiles.write(SyntheticCall.generate(SyntheticCall.seedFor(callId), ms).audio(), file);
        return file;
    }
}
