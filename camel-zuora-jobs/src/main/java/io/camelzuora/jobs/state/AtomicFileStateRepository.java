package io.camelzuora.jobs.state;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.util.ObjectHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file-backed {@link StateRepository} that a crash cannot leave corrupt: the recommended {@code stateRepository} of
 * the {@code zuora-jobs:watch} consumer.
 * <p>
 * Each {@link #setState} appends one self-checking line (the entry and its CRC-32) in a single write, so a change costs
 * a few dozen bytes however many keys there are, and it survives the process being killed as soon as the call returned.
 * When the appended lines outweigh the live entries (and the file is past {@value #MIN_COMPACT_SIZE} bytes), the live
 * entries are written to a temporary file in the same directory, forced to disk and atomically renamed over the file;
 * the same happens at stop. A reader therefore always finds either the old or the new file, never a half-written one. A
 * line cut short by a crash fails its checksum and is skipped at the next start (the key keeps the value it had
 * before), and the file is rewritten clean: for the watch, such a change is emitted again, never lost. A file that
 * cannot be read at all is moved aside ({@code <name>.unreadable-<millis>}, named in a WARN), never emptied; the
 * temporary file is always created anew, never opened through a link.
 * <p>
 * Appends are not forced to disk one by one: an operating-system crash or power loss can lose the changes since the
 * last rewrite, which the watch then emits again. One repository instance, and one process at a time, may write a file:
 * two watches need two files, and nodes sharing a file on a shared volume must take turns through a cluster service
 * ({@code master:}).
 * <p>
 * Camel's {@code FileStateRepository} is not safe against a crash: it appends a line in several writes with nothing to
 * detect a torn one, and rewrites its whole file in place (at stop and when it grows past its size limit).
 */
public class AtomicFileStateRepository extends ServiceSupport implements StateRepository<String, String> {

    /** Below this size the file is not compacted: rewriting it would gain little. */
    static final long MIN_COMPACT_SIZE = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFileStateRepository.class);

    private final Map<String, String> entries = new HashMap<>();
    private File file;
    private FileChannel appender;
    private long fileSize;
    private long liveSize;
    private boolean rewriteNeeded;

    /** A repository whose file is set with {@link #setFile(File)}, e.g. as a bean in XML or YAML. */
    public AtomicFileStateRepository() {
    }

    public AtomicFileStateRepository(File file) {
        this.file = file;
    }

    public File getFile() {
        return file;
    }

    /**
     * The file that holds the state. Its directory is created if missing; it also holds the file's temporary copy,
     * {@code <name>.rewrite}, while the state is rewritten.
     */
    public void setFile(File file) {
        this.file = file;
    }

    @Override
    public synchronized String getState(String key) {
        return entries.get(key);
    }

    /**
     * Stores the value of a key: in memory, and appended to the file before the call returns.
     *
     * @throws IllegalArgumentException when the key is empty or has {@code '='} or a line break, or the value has a
     *                                  line break
     * @throws UncheckedIOException     when the file cannot be written; the key keeps its previous value
     */
    @Override
    public synchronized void setState(String key, String value) {
        StateFileFormat.checkEntry(key, value);
        if (!isStarted()) {
            throw new IllegalStateException("The state repository on " + file + " is not started");
        }
        byte[] line = StateFileFormat.encode(key, value);
        try {
            if (rewriteNeeded || appender == null) {
                compact();
            }
            append(line);
        } catch (IOException e) {
            rewriteNeeded = true;
            throw new UncheckedIOException("Cannot write the state file " + file, e);
        }
        String previous = entries.put(key, value);
        liveSize += line.length - (previous == null ? 0 : StateFileFormat.encode(key, previous).length);
        if (fileSize > Math.max(MIN_COMPACT_SIZE, 2 * liveSize)) {
            try {
                compact();
            } catch (IOException e) {
                // the appended line is in the file: the state is safe, only larger than it needs to be
                LOG.warn("Cannot compact the state file {}; it will be tried again: {}", file, e.getMessage());
                rewriteNeeded = true;
            }
        }
    }

    private void append(byte[] line) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
            appender.write(buffer);
        }
        fileSize += line.length;
    }

    @Override
    protected synchronized void doStart() throws Exception {
        ObjectHelper.notNull(file, "file", this);
        Path path = path();
        Files.createDirectories(path.getParent());
        Files.deleteIfExists(temporaryFile());
        entries.clear();
        liveSize = 0;
        StateFileFormat.Contents contents = read(path);
        entries.putAll(contents.entries());
        entries.forEach((key, value) -> liveSize += StateFileFormat.encode(key, value).length);
        if (contents.damaged()) {
            LOG.warn("The state file {} had {} damaged line(s){}, left by a crash; they were skipped and the file"
                     + " rewritten",
                    file, contents.damagedLines(), contents.tornTail() ? " and a torn last line" : "");
        }
        compact();
        LOG.debug("Loaded {} entries from the state file {}", entries.size(), file);
    }

    /**
     * The file's entries. A file that cannot be read at all (an I/O error, or not one line of it intact, so not a state
     * file or one damaged beyond a crash) is moved aside, never emptied, so that its contents can still be looked at.
     */
    private StateFileFormat.Contents read(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return StateFileFormat.parse(new byte[0]);
        }
        String problem;
        try {
            byte[] bytes = Files.readAllBytes(path);
            StateFileFormat.Contents contents = StateFileFormat.parse(bytes);
            if (bytes.length == 0 || !contents.entries().isEmpty()) {
                return contents;
            }
            problem = "none of its " + bytes.length + " bytes is an intact state line";
        } catch (IOException unreadable) {
            problem = unreadable.getClass().getSimpleName() + ": " + unreadable.getMessage();
        }
        Path aside = path.resolveSibling(path.getFileName() + ".unreadable-" + System.currentTimeMillis());
        Files.move(path, aside, StandardCopyOption.ATOMIC_MOVE);
        LOG.warn("The state file {} cannot be read ({}); it was moved aside to {} and the state starts empty", file,
                problem, aside);
        return StateFileFormat.parse(new byte[0]);
    }

    @Override
    protected synchronized void doStop() throws Exception {
        try {
            compact();
        } finally {
            if (appender != null) {
                appender.close();
                appender = null;
            }
        }
    }

    /** Rewrites the file with the live entries only: temporary file, forced to disk, atomically renamed over it. */
    private void compact() throws IOException {
        Path temporary = temporaryFile();
        long size = 0;
        // created afresh, never opened through a link someone put in its place
        Files.deleteIfExists(temporary);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                byte[] line = StateFileFormat.encode(entry.getKey(), entry.getValue());
                out.write(line);
                size += line.length;
            }
            out.flush();
            channel.force(true);
        }
        if (appender != null) {
            appender.close();
            appender = null;
        }
        Files.move(temporary, path(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory();
        appender = FileChannel.open(path(), StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        fileSize = size;
        liveSize = size;
        rewriteNeeded = false;
    }

    /** Makes the rename itself durable where the platform allows a directory to be forced (Linux does). */
    private void forceDirectory() {
        try (FileChannel directory = FileChannel.open(path().getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException e) {
            LOG.trace("Cannot force the directory of {} to disk", file, e);
        }
    }

    private Path path() {
        return file.toPath().toAbsolutePath();
    }

    private Path temporaryFile() {
        Path path = path();
        return path.resolveSibling(path.getFileName() + ".rewrite");
    }
}
