package io.floorview.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user reads when the queue_log they named cannot be read, by why. */
class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileDoesNotExist() {
        Path nope = dir.resolve("nope.log");
        assertThat(InputFiles.whyUnreadable(nope)).isEqualTo(nope + " does not exist");
    }

    @Test
    void aFileInAMissingFolderSaysTheFolderIsMissingToo() {
        Path nope = dir.resolve("logs").resolve("queue_log");
        assertThat(InputFiles.whyUnreadable(nope))
                .isEqualTo(nope + " does not exist: neither does the folder " + dir.resolve("logs"));
    }

    @Test
    void aRelativeMissingFileIsNamedAsTheUserTypedIt() {
        assertThat(InputFiles.whyUnreadable(Path.of("nope.log"))).isEqualTo("nope.log does not exist");
    }

    @Test
    void aFolderIsAFolder() {
        assertThat(InputFiles.whyUnreadable(dir)).isEqualTo(dir + " is a folder, not a queue_log file");
    }

    @Test
    void aFileThatExistsButMayNotBeReadSaysSo() throws Exception {
        Path log = Files.writeString(dir.resolve("queue_log"), "1700000000|NONE|NONE|NONE|QUEUESTART|\n");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(log), "this user reads every file (root): nothing to refuse");
        assertThat(InputFiles.whyUnreadable(log)).startsWith("cannot read " + log + ": permission denied");
    }

    @Test
    void aReadableFileHasNoProblem() throws Exception {
        Path log = Files.writeString(dir.resolve("queue_log"), "1700000000|NONE|NONE|NONE|QUEUESTART|\n");
        assertThat(InputFiles.whyUnreadable(log)).isNull();
    }
}
