package id.kiosmandiri.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A file written one line at a time by many kiosk threads: buffered, and flushed every two seconds
 * and at the end, so a run that is killed still leaves all but its last seconds (the cluster test
 * reads these files after it). {@link #OFF} writes nothing.
 */
class LineLog implements AutoCloseable {

    static final LineLog OFF = new LineLog();
    private static final long FLUSH_EVERY_MS = 2000;

    private final Writer out;
    private final ScheduledExecutorService flusher;
    private boolean closed;

    /** Writes nothing. */
    LineLog() {
        out = null;
        flusher = null;
    }

    LineLog(Path file, String header) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        if (header != null) {
            out.write(header);
            out.write('\n');
        }
        flusher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("flush-" + file.getFileName()).factory());
        flusher.scheduleWithFixedDelay(this::flush, FLUSH_EVERY_MS, FLUSH_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    final void line(String text) {
        if (out == null) {
            return;
        }
        synchronized (this) {
            if (closed) {
                return; // a kiosk thread still finishing after the report: its line comes too late
            }
            try {
                out.write(text);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    final synchronized void flush() {
        if (out == null || closed) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            System.err.println("Cannot write a log file: " + e);
        }
    }

    @Override
    public final void close() {
        if (out == null) {
            return;
        }
        flusher.shutdownNow();
        synchronized (this) {
            if (closed) {
                return;
            }
            flush();
            closed = true;
            try {
                out.close();
            } catch (IOException e) {
                System.err.println("Cannot close a log file: " + e);
            }
        }
    }
}
