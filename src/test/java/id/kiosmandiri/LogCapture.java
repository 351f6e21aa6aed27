package id.kiosmandiri;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * What the application logs while it is open, from every thread: for tests that must find no error
 * and no stack trace (fuzzing), or no personal data (the log test). Events are formatted as the
 * console shows them, with the exception and its causes' messages.
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<ILoggingEvent> events = new ArrayList<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    private LogCapture() {
        setName("test-capture");
    }

    /** Starts capturing every level the loggers let through. */
    public static LogCapture capture() {
        LogCapture capture = new LogCapture();
        capture.setContext(capture.root.getLoggerContext());
        capture.start0();
        return capture;
    }

    private void start0() {
        super.start();
        root.addAppender(this);
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        event.prepareForDeferredProcessing();
        events.add(event);
    }

    /** Errors, and anything logged with an exception (a stack trace in the log). */
    public synchronized List<String> errorsAndStackTraces() {
        return events.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR) || e.getThrowableProxy() != null)
                .map(LogCapture::line)
                .toList();
    }

    /** Every line, with exception messages and their causes'. */
    public synchronized List<String> lines() {
        return new ArrayList<>(events.stream().map(LogCapture::line).toList());
    }

    private static String line(ILoggingEvent e) {
        StringBuilder sb = new StringBuilder(e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage());
        for (var t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            sb.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return sb.toString();
    }

    @Override
    public void close() {
        root.detachAppender(this);
        stop();
    }
}
