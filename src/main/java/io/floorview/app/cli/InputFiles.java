package io.floorview.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the commands that read a file ({@code report}, {@code import}, {@code feed}) tell a user who named a file they cannot read. */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * Why {@code file} cannot be read as a queue_log, or {@code null} when it is a readable file: it does not
     * exist (and neither does its folder), it is a folder, it cannot be read, or it is no regular file.
     */
    static String whyUnreadable(Path file) {
        if (Files.isDirectory(file)) {
            return file + " is a folder, not a queue_log file";
        }
        if (!Files.exists(file)) {
            Path parent = file.toAbsolutePath().getParent();
            return parent != null && !Files.isDirectory(parent)
                    ? file + " does not exist: neither does the folder " + parent
                    : file + " does not exist";
        }
        if (!Files.isRegularFile(file)) {
            return file + " is not a regular file";
        }
        if (!Files.isReadable(file)) {
            return unreadable(file);
        }
        return null;
    }

    /** The message for a file that exists but that this user may not read. */
    static String unreadable(Path file) {
        return "cannot read " + file + ": permission denied (Asterisk's logs are often readable by the asterisk"
                + " group only)";
    }
}
