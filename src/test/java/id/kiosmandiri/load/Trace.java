package id.kiosmandiri.load;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Kiosk 1's conversation with the server, written as it happens ({@code --trace}); silent otherwise. */
final class Trace implements AutoCloseable {

    static final Trace OFF = new Trace(null);
    private final PrintWriter out;
    private final long start = System.nanoTime();

    private Trace(PrintWriter out) {
        this.out = out;
    }

    static Trace to(Path file) throws IOException {
        return new Trace(new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), true));
    }

    void line(String text) {
        if (out != null) {
            synchronized (out) {
                out.printf("%9.3f %s%n", (System.nanoTime() - start) / 1e9, text);
            }
        }
    }

    @Override
    public void close() {
        if (out != null) {
            out.close();
        }
    }
}
