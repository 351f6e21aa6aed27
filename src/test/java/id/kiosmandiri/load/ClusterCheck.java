package id.kiosmandiri.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cluster test's verdict (issue 13), from what the load driver wrote ({@code --ledger},
 * {@code --request-log}), the phases the cluster script wrote ({@code epoch_ms phase-name} at each
 * phase's start) and the database:
 * <ul>
 *   <li>failed requests per phase, and by kind;</li>
 *   <li>the app-node kill (phase {@value #APP_KILLED}): the kiosks whose last request before it went
 *       to the killed node, and how long each waited from the kill to its first {@code ok} request;</li>
 *   <li>the database-node kill (phase {@value #DB_KILLED}): its failures, and how long after the kill
 *       the last of them came;</li>
 *   <li>every write the kiosks saw acknowledged is in the database exactly once, for the right member:
 *       receipts (by number), help requests (kiosk, queue number, near the time shown), phone changes
 *       (member, PHONE, new value), lockouts (the member locked once: the lock's end as set by the
 *       acknowledged lockout, and the failed-PIN count not counting past the lock). A member with more
 *       rows than attempts has duplicates.</li>
 * </ul>
 * Prints a Markdown report (and writes it to {@code --report}). Exit status 0 when nothing was lost
 * or duplicated, 1 otherwise, 2 for bad arguments or input it cannot read.
 *
 * <p>Run with the test classpath, as the load driver: {@code java -cp target/test-classes:target/classes:<test
 * classpath> id.kiosmandiri.load.ClusterCheck --jdbc jdbc:mariadb://127.0.0.1:3306/kiosk --user kiosk --password ...
 * --ledger ledger.tsv --requests requests.csv --phases phases.txt --killed-app-node a --report check.md}.
 */
public final class ClusterCheck {

    static final String APP_KILLED = "app-node-killed";
    static final String DB_KILLED = "db-node-killed";

    static final String USAGE = """
            Kios Mandiri cluster check: failed requests per phase, recovery after the kills, and whether
            every write a kiosk saw acknowledged is in the database exactly once.

              --jdbc URL               the database (jdbc:mariadb://host:port/kiosk)
              --user U, --password P   a database login that may read it
              --ledger FILE            the load driver's --ledger
              --requests FILE          the load driver's --request-log
              --phases FILE            lines "epoch_ms phase-name" at each phase's start (%s, %s, ...)
              --killed-app-node N      the KIOSKNODE cookie value of the app node that was killed
              --report FILE            also write the Markdown report to FILE
              --pin-lock-minutes M     how long a wrong-PIN lock lasts (kiosk.security.pin-lock-minutes) (30)
              --slack-s S              clock and timing slack when matching times (10)
            Exit status: 0 nothing lost or duplicated, 1 something was, 2 bad arguments or unreadable input.
            """.formatted(APP_KILLED, DB_KILLED);

    record Options(String jdbc, String user, String password, Path ledger, Path requests, Path phases, String killedAppNode,
                   Path report, int pinLockMinutes, int slackSeconds) {
    }

    record Request(long start, long end, String kiosk, String step, String outcome, String node) {
        boolean ok() {
            return outcome.equals(RequestLog.OK);
        }
    }

    record Phase(long start, String name) {
    }

    /** What the check found for one kind of write. */
    static final class Tally {
        long attempted;
        long acknowledged;
        long found;
        long lost;
        long duplicated;
        /** Stored, but for another member or kiosk, or a lock whose count went past the limit. */
        long wrong;
    }

    private final Options options;
    private final List<String> problems = new ArrayList<>();
    private final Map<Ledger.Kind, Tally> tallies = new EnumMap<>(Ledger.Kind.class);

    private ClusterCheck(Options options) {
        this.options = options;
        for (Ledger.Kind kind : Ledger.Kind.values()) {
            tallies.put(kind, new Tally());
        }
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println((e.getMessage().isEmpty() ? "" : e.getMessage() + "\n\n") + USAGE);
            System.exit(e.getMessage().isEmpty() ? 0 : 2);
            return;
        }
        int status;
        try {
            status = new ClusterCheck(options).run();
        } catch (IOException | SQLException | IllegalArgumentException e) {
            System.err.println("Cannot check: " + e);
            status = 2;
        }
        System.exit(status);
    }

    static Options parse(String... args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help")) {
                throw new IllegalArgumentException("");
            }
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("expected --name, got '" + name + "'");
            }
            if (name.contains("=")) {
                given.put(name.substring(2, name.indexOf('=')), name.substring(name.indexOf('=') + 1));
            } else if (i + 1 < args.length) {
                given.put(name.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
        }
        Function<String, String> required = name -> {
            String value = given.remove(name);
            if (value == null) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return value;
        };
        Options options = new Options(required.apply("jdbc"), required.apply("user"), given.getOrDefault("password", ""),
                Path.of(required.apply("ledger")), Path.of(required.apply("requests")), Path.of(required.apply("phases")),
                given.remove("killed-app-node"), given.containsKey("report") ? Path.of(given.remove("report")) : null,
                number(given.remove("pin-lock-minutes"), 30, "pin-lock-minutes"), number(given.remove("slack-s"), 10, "slack-s"));
        given.remove("password");
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): --" + String.join(", --", given.keySet()));
        }
        return options;
    }

    private static int number(String value, int fallback, String name) {
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, was '" + value + "'");
        }
    }

    private int run() throws IOException, SQLException {
        List<Ledger.Entry> ledger = readLines(options.ledger()).stream().map(Ledger.Entry::parse).toList();
        List<Request> requests = readRequests(options.requests());
        List<Phase> phases = readPhases(options.phases());

        StringBuilder out = new StringBuilder("### Cluster check\n\n");
        out.append(String.format(Locale.ROOT, "%,d requests, %,d ledger entries, %d phases; database %s%n%n",
                requests.size(), ledger.size(), phases.size(), options.jdbc()));
        phaseTable(out, requests, phases);
        appNodeKill(out, requests, phases);
        databaseNodeKill(out, requests, phases);
        try (Connection db = DriverManager.getConnection(options.jdbc(), options.user(), options.password())) {
            checkWrites(db, ledger);
        }
        writesTable(out);
        long bad = tallies.values().stream().mapToLong(t -> t.lost + t.duplicated + t.wrong).sum();
        out.append(bad == 0 ? "\n**Writes: nothing lost, nothing duplicated.**\n"
                : String.format(Locale.ROOT, "%n**Writes: %,d problem(s).**%n", bad));
        if (!problems.isEmpty()) {
            out.append("\n");
            problems.stream().limit(50).forEach(p -> out.append("- ").append(p).append('\n'));
            if (problems.size() > 50) {
                out.append(String.format(Locale.ROOT, "- ... and %,d more%n", problems.size() - 50));
            }
        }
        System.out.println(out);
        if (options.report() != null) {
            Files.writeString(options.report(), out.toString());
        }
        return bad == 0 ? 0 : 1;
    }

    // ---------- input ----------

    private static List<String> readLines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    static List<Request> readRequests(Path file) throws IOException {
        List<Request> requests = new ArrayList<>();
        for (String line : readLines(file)) {
            if (line.startsWith("start_epoch_ms")) {
                continue; // the header
            }
            String[] f = line.split(",", -1);
            if (f.length != 6) {
                throw new IllegalArgumentException("a request line has 6 comma-separated fields: '" + line + "'");
            }
            requests.add(new Request(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2], f[3], f[4], f[5]));
        }
        requests.sort(Comparator.comparingLong(Request::start));
        return requests;
    }

    static List<Phase> readPhases(Path file) throws IOException {
        List<Phase> phases = new ArrayList<>();
        for (String line : readLines(file)) {
            String[] f = line.strip().split("\\s+", 2);
            if (f.length != 2) {
                throw new IllegalArgumentException("a phase line is 'epoch_ms phase-name': '" + line + "'");
            }
            phases.add(new Phase(Long.parseLong(f[0]), f[1].strip()));
        }
        phases.sort(Comparator.comparingLong(Phase::start));
        return phases;
    }

    // ---------- requests ----------

    /** The phase a moment falls in: the last that started at or before it; null before the first. */
    private static Phase phaseAt(List<Phase> phases, long at) {
        Phase found = null;
        for (Phase phase : phases) {
            if (phase.start() <= at) {
                found = phase;
            }
        }
        return found;
    }

    private static void phaseTable(StringBuilder out, List<Request> requests, List<Phase> phases) {
        Map<String, List<Request>> byPhase = new LinkedHashMap<>();
        byPhase.put("(before the first phase)", new ArrayList<>());
        phases.forEach(p -> byPhase.put(p.name(), new ArrayList<>()));
        for (Request r : requests) {
            Phase phase = phaseAt(phases, r.start());
            byPhase.computeIfAbsent(phase == null ? "(before the first phase)" : phase.name(), k -> new ArrayList<>()).add(r);
        }
        long first = phases.isEmpty() ? 0 : phases.getFirst().start();
        out.append("#### Requests per phase\n\n| phase | starts at | requests | failed | failed % | failures by kind |\n"
                + "|---|---:|---:|---:|---:|---|\n");
        for (Map.Entry<String, List<Request>> e : byPhase.entrySet()) {
            List<Request> in = e.getValue();
            if (in.isEmpty() && e.getKey().startsWith("(")) {
                continue;
            }
            Phase phase = phases.stream().filter(p -> p.name().equals(e.getKey())).findFirst().orElse(null);
            List<Request> failed = in.stream().filter(r -> !r.ok()).toList();
            Map<String, Long> kinds = new TreeMap<>(failed.stream().collect(Collectors.groupingBy(Request::outcome, Collectors.counting())));
            out.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %.2f %% | %s |%n", e.getKey(),
                    phase == null ? "" : String.format(Locale.ROOT, "%+.1f s", (phase.start() - first) / 1000.0), in.size(),
                    failed.size(), in.isEmpty() ? 0.0 : 100.0 * failed.size() / in.size(),
                    kinds.entrySet().stream().map(k -> k.getKey() + " " + k.getValue()).collect(Collectors.joining(", "))));
        }
        long total = requests.size();
        long failed = requests.stream().filter(r -> !r.ok()).count();
        out.append(String.format(Locale.ROOT, "| **all** | | %,d | %,d | %.2f %% | |%n%n", total, failed,
                total == 0 ? 0.0 : 100.0 * failed / total));
    }

    private void appNodeKill(StringBuilder out, List<Request> requests, List<Phase> phases) {
        Phase kill = phases.stream().filter(p -> p.name().equals(APP_KILLED)).findFirst().orElse(null);
        out.append("#### App-node kill\n\n");
        if (kill == null || options.killedAppNode() == null) {
            out.append(kill == null ? "No phase " + APP_KILLED + ".\n\n" : "No --killed-app-node given.\n\n");
            return;
        }
        Map<String, List<Request>> byKiosk = requests.stream().collect(Collectors.groupingBy(Request::kiosk, TreeMap::new, Collectors.toList()));
        List<Long> waits = new ArrayList<>();
        List<String> never = new ArrayList<>();
        Map<String, Long> waitOf = new HashMap<>();
        for (Map.Entry<String, List<Request>> e : byKiosk.entrySet()) {
            Request lastBefore = null;
            Request firstOk = null;
            for (Request r : e.getValue()) {
                if (r.start() < kill.start()) {
                    lastBefore = r;
                } else if (r.ok()) {
                    firstOk = r;
                    break;
                }
            }
            if (lastBefore == null || !options.killedAppNode().equals(lastBefore.node())) {
                continue;
            }
            if (firstOk == null) {
                never.add(e.getKey());
            } else {
                waits.add(firstOk.end() - kill.start());
                waitOf.put(e.getKey(), firstOk.end() - kill.start());
            }
        }
        waits.sort(null);
        out.append(String.format(Locale.ROOT, "Killed node %s at %s: %,d kiosk(s) were on it (their last request before the kill "
                        + "went to it). From the kill to their first ok request: %s; %,d never served again.%n",
                options.killedAppNode(), Instant.ofEpochMilli(kill.start()), waits.size() + never.size(),
                waits.isEmpty() ? "none was served again" : String.format(Locale.ROOT, "median %s, p95 %s, max %s (%,d kiosks)",
                        seconds(percentile(waits, 50)), seconds(percentile(waits, 95)), seconds(waits.getLast()), waits.size()),
                never.size()));
        if (!never.isEmpty()) {
            out.append("Never served again: ").append(String.join(", ", never.stream().limit(20).toList()))
                    .append(never.size() > 20 ? ", ..." : "").append('\n');
        }
        if (!waitOf.isEmpty()) {
            out.append("Slowest: ").append(waitOf.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(5).map(w -> w.getKey() + " " + seconds(w.getValue())).collect(Collectors.joining(", "))).append('\n');
        }
        out.append('\n');
    }

    private static void databaseNodeKill(StringBuilder out, List<Request> requests, List<Phase> phases) {
        out.append("#### Database-node kill\n\n");
        int index = -1;
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).name().equals(DB_KILLED)) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            out.append("No phase " + DB_KILLED + ".\n\n");
            return;
        }
        long kill = phases.get(index).start();
        long end = index + 1 < phases.size() ? phases.get(index + 1).start() : Long.MAX_VALUE;
        List<Request> failed = requests.stream().filter(r -> r.start() >= kill && r.start() < end && !r.ok()).toList();
        if (failed.isEmpty()) {
            out.append("Killed at ").append(Instant.ofEpochMilli(kill)).append(": no failed request in that phase.\n\n");
            return;
        }
        long last = failed.stream().mapToLong(Request::end).max().orElse(kill);
        Map<String, Long> kinds = new TreeMap<>(failed.stream().collect(Collectors.groupingBy(Request::outcome, Collectors.counting())));
        out.append(String.format(Locale.ROOT, "Killed at %s: %,d failed request(s) in that phase (%s), from %,d kiosk(s); the last "
                        + "failed request ended %s after the kill.%n%n", Instant.ofEpochMilli(kill), failed.size(),
                kinds.entrySet().stream().map(k -> k.getKey() + " " + k.getValue()).collect(Collectors.joining(", ")),
                failed.stream().map(Request::kiosk).distinct().count(), seconds(last - kill)));
    }

    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    // ---------- writes ----------

    private record Row(long id, long memberId, String kiosk, String key, Instant at) {
    }

    private void checkWrites(Connection db, List<Ledger.Entry> ledger) throws SQLException {
        for (Ledger.Entry e : ledger) {
            Tally t = tallies.get(e.kind());
            if (e.state() == Ledger.State.ATTEMPTED) {
                t.attempted++;
            } else {
                t.acknowledged++;
            }
        }
        if (ledger.isEmpty()) {
            return;
        }
        long slack = options.slackSeconds() * 1000L;
        // rows of this run: from just before its first write; an unledgered warm-up before it does not count
        Instant since = Instant.ofEpochMilli(ledger.stream().mapToLong(Ledger.Entry::epochMillis).min().orElseThrow() - slack);
        Map<String, Long> members = memberIds(db, ledger.stream().map(Ledger.Entry::kpj).collect(Collectors.toSet()));
        for (Ledger.Entry e : ledger) {
            if (!members.containsKey(e.kpj())) {
                throw new IllegalArgumentException("no member with KPJ " + e.kpj() + " (ledger and database do not belong together)");
            }
        }
        String memberList = members.values().stream().map(String::valueOf).collect(Collectors.joining(","));
        String kioskList = ledger.stream().map(Ledger.Entry::kiosk).distinct().map(k -> "'" + k.replace("'", "") + "'")
                .collect(Collectors.joining(","));

        List<Row> receipts = rows(db, "SELECT id, member_id, kiosk_id, number, issued_at FROM receipt WHERE member_id IN ("
                + memberList + ") OR kiosk_id IN (" + kioskList + ")");
        checkByKey(Ledger.Kind.RECEIPT, ledger, members, receipts, since, (e, r) -> r.key().equals(e.key()));

        List<Row> help = rows(db, "SELECT id, COALESCE(member_id, -1), kiosk_id, CAST(queue_number AS CHAR), created_at"
                + " FROM assistance_request WHERE member_id IN (" + memberList + ") OR kiosk_id IN (" + kioskList + ")");
        // a queue number is unique per branch and day: the kiosk's request with that number made around the time it showed
        long window = 10 * 60_000L;
        checkByKey(Ledger.Kind.HELP, ledger, members, help, since, (e, r) -> r.kiosk().equals(e.kiosk()) && r.key().equals(e.key())
                && r.at().toEpochMilli() >= e.epochMillis() - window && r.at().toEpochMilli() <= e.epochMillis() + slack);

        List<Row> changes = rows(db, "SELECT id, member_id, kiosk_id, new_value, requested_at FROM profile_change_request"
                + " WHERE field = 'PHONE' AND member_id IN (" + memberList + ")");
        checkByKey(Ledger.Kind.CHANGE, ledger, members, changes, since, (e, r) -> r.memberId() == members.get(e.kpj())
                && r.key().equals(e.key()));

        checkLocks(db, ledger, members, memberList);
    }

    private interface Match {
        boolean of(Ledger.Entry acknowledged, Row row);
    }

    /**
     * Each acknowledged write: exactly one matching row, of that member (and kiosk). Each member: no
     * more rows since the run began than the member's attempts of that kind.
     */
    private void checkByKey(Ledger.Kind kind, List<Ledger.Entry> ledger, Map<String, Long> members, List<Row> rows, Instant since,
                            Match match) {
        Tally t = tallies.get(kind);
        // extra rows per member found by key; the per-member count below may see the same rows again
        Map<Long, Long> extraByKey = new HashMap<>();
        for (Ledger.Entry e : ledger) {
            if (e.kind() != kind || e.state() != Ledger.State.ACKNOWLEDGED) {
                continue;
            }
            List<Row> matching = rows.stream().filter(r -> match.of(e, r)).toList();
            if (matching.isEmpty()) {
                t.lost++;
                problems.add(String.format("lost %s %s: kiosk %s, member %s, acknowledged at %s", kind.label(), e.key(), e.kiosk(),
                        e.kpj(), Instant.ofEpochMilli(e.epochMillis())));
                continue;
            }
            if (matching.size() > 1) {
                extraByKey.merge(members.get(e.kpj()), matching.size() - 1L, Long::sum);
                problems.add(String.format("%s %s stored %d times (ids %s)", kind.label(), e.key(), matching.size(),
                        matching.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(", "))));
                continue;
            }
            Row row = matching.getFirst();
            if (row.memberId() != members.get(e.kpj()) || !row.kiosk().equals(e.kiosk())) {
                t.wrong++;
                problems.add(String.format("%s %s is stored for member id %d at kiosk %s, not for %s at %s", kind.label(), e.key(),
                        row.memberId(), row.kiosk(), e.kpj(), e.kiosk()));
            } else {
                t.found++;
            }
        }
        Map<Long, Long> attempts = ledger.stream().filter(e -> e.kind() == kind && e.state() == Ledger.State.ATTEMPTED)
                .collect(Collectors.groupingBy(e -> members.get(e.kpj()), Collectors.counting()));
        Set<Long> ledgerMembers = new TreeSet<>(members.values());
        Map<Long, Long> stored = rows.stream().filter(r -> !r.at().isBefore(since) && ledgerMembers.contains(r.memberId()))
                .collect(Collectors.groupingBy(Row::memberId, Collectors.counting()));
        for (long member : ledgerMembers) {
            long rowsOfMember = stored.getOrDefault(member, 0L);
            long tried = attempts.getOrDefault(member, 0L);
            if (rowsOfMember > tried) {
                problems.add(String.format("member id %d has %d %s row(s) since %s but made %d attempt(s)", member, rowsOfMember,
                        kind.label(), since, tried));
            }
            t.duplicated += Math.max(extraByKey.getOrDefault(member, 0L), Math.max(0, rowsOfMember - tried));
        }
    }

    /**
     * A lockout: the member's lock must end where the acknowledged lockout set it (its time plus the lock
     * minutes), not later (a second lock: wrong PINs counted past the limit), and the failed-PIN count,
     * which takePinGuess sets back to 0 as it locks and leaves alone while locked, must still be 0. A
     * locked refusal: the lock was in force when the screen said so.
     */
    private void checkLocks(Connection db, List<Ledger.Entry> ledger, Map<String, Long> members, String memberList) throws SQLException {
        Map<Long, Object[]> state = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("SELECT id, failed_pin_count, locked_until FROM member WHERE id IN (" + memberList + ")");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                LocalDateTime until = rs.getObject(3, LocalDateTime.class);
                state.put(rs.getLong(1), new Object[] {rs.getInt(2), until == null ? null : until.toInstant(ZoneOffset.UTC)});
            }
        }
        long slack = options.slackSeconds() * 1000L;
        long lock = options.pinLockMinutes() * 60_000L;
        // a lockout's first attempt: a lock stored while its screen was lost is acknowledged by a later journey
        Map<String, Long> firstAttempt = new HashMap<>();
        Set<String> lockChecked = new TreeSet<>();
        for (Ledger.Entry e : ledger.stream().sorted(Comparator.comparingLong(Ledger.Entry::epochMillis)).toList()) {
            if (e.kind() != Ledger.Kind.LOCKOUT && e.kind() != Ledger.Kind.LOCKED_REFUSAL) {
                continue;
            }
            if (e.state() == Ledger.State.ATTEMPTED) {
                firstAttempt.putIfAbsent(e.kind() + e.kiosk(), e.epochMillis());
                continue;
            }
            Tally t = tallies.get(e.kind());
            Object[] s = state.get(members.get(e.kpj()));
            int count = (Integer) s[0];
            Instant until = (Instant) s[1];
            if (e.kind() == Ledger.Kind.LOCKED_REFUSAL) {
                if (until != null && until.toEpochMilli() > e.epochMillis() - slack) {
                    t.found++;
                } else {
                    t.lost++;
                    problems.add(String.format("locked refusal at kiosk %s (%s) at %s, but the member's lock ends %s", e.kiosk(), e.kpj(),
                            Instant.ofEpochMilli(e.epochMillis()), until));
                }
                continue;
            }
            if (!lockChecked.add(e.kpj())) {
                t.duplicated++;
                problems.add("member " + e.kpj() + " acknowledged locked twice");
                continue;
            }
            long from = firstAttempt.getOrDefault(e.kind() + e.kiosk(), e.epochMillis()) - slack + lock;
            long to = e.epochMillis() + slack + lock;
            if (until == null || until.toEpochMilli() < from) {
                t.lost++;
                problems.add(String.format("lockout of %s at kiosk %s acknowledged at %s, but the member's lock ends %s", e.kpj(), e.kiosk(),
                        Instant.ofEpochMilli(e.epochMillis()), until));
            } else if (until.toEpochMilli() > to || count > 0) {
                t.duplicated++;
                problems.add(String.format("lockout of %s went past the limit: lock ends %s (expected by %s), failed-PIN count %d",
                        e.kpj(), until, Instant.ofEpochMilli(to), count));
            } else {
                t.found++;
            }
        }
    }

    private static Map<String, Long> memberIds(Connection db, Collection<String> kpjs) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("SELECT member_id FROM membership_card WHERE kpj = ?")) {
            for (String kpj : kpjs) {
                q.setString(1, kpj);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        ids.put(kpj, rs.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    /** Columns: id, member id, kiosk, key, time (DATETIME in UTC, as Hibernate stores it). */
    private static List<Row> rows(Connection db, String sql) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
            }
        }
        return rows;
    }

    private void writesTable(StringBuilder out) {
        out.append("#### Writes the kiosks saw acknowledged\n\n| kind | attempted | acknowledged | found | lost | duplicated | wrong |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        tallies.forEach((kind, t) -> out.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %,d | %,d |%n", kind.label(),
                t.attempted, t.acknowledged, t.found, t.lost, t.duplicated, t.wrong)));
        out.append("\nfound: acknowledged and stored once, for that member; lost: acknowledged, not stored; duplicated: rows "
                + "stored more than once, or a member's rows beyond the member's attempts (whichever is more); wrong: stored "
                + "for another member or kiosk.\n");
    }
}
