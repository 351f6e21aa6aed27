package id.kiosmandiri.database;

import org.springframework.core.env.Environment;

import java.nio.file.Path;

/**
 * Stops and starts the test JVM's embedded MariaDB under the running application: a database outage.
 * The server keeps its port and data, so the application's pool finds it again by itself.
 */
public final class DatabaseSwitch {

    private final EmbeddedMariaDb server;
    private boolean stopped;

    public DatabaseSwitch(Environment environment) {
        Path folder = Path.of(environment.getRequiredProperty("kiosk.embedded-db.dir"));
        this.server = EmbeddedMariaDb.running(folder)
                .orElseThrow(() -> new IllegalStateException("no embedded MariaDB runs for " + folder));
    }

    public void stop() {
        try {
            server.stopProcess();
            stopped = true;
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the embedded MariaDB", e);
        }
    }

    /** After a test, whatever it did. */
    public void startIfStopped() {
        if (stopped) {
            start();
        }
    }

    public void start() {
        try {
            server.startAgain();
            stopped = false;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded MariaDB again", e);
        }
    }
}
