package io.camelzuora.jobs.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Reads an {@link AtomicFileStateRepository} file as a restarted watch would, for tests outside this package. */
public final class StateFiles {

    /** The entries read, and whether any line was damaged or the last one torn. */
    public record Read(Map<String, String> entries, boolean damaged) {
    }

    private StateFiles() {
    }

    public static Read read(Path file) throws IOException {
        StateFileFormat.Contents contents = StateFileFormat.parse(Files.readAllBytes(file));
        return new Read(contents.entries(), contents.damaged());
    }
}
