package id.kiosmandiri.load;

import id.kiosmandiri.demo.DemoLogin;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The scenario, from {@code --name value} arguments; every one has a default. */
record LoadOptions(URI url, int kiosks, int rampSeconds, int keyMillis, int screenMillis, int journeys, String kioskPrefix,
                   int firstMember, String pin, int wrongPinKiosks, int timeoutSeconds, int waitMillis,
                   boolean forwardedFor, boolean hold, int holdSeconds, int holdTouchSeconds, String holdScreen, String serverPid,
                   Path trace, Path report, String scenario, int lockoutKiosks, int runSeconds, Path requestLog,
                   Path ledger) {

    static final String BALANCE = "balance";
    static final String CLUSTER = "cluster";

    static final String USAGE = """
            Kios Mandiri load driver: N kiosks doing member journeys against a running server,
            speaking Vaadin Flow's client protocol (UIDL over HTTP, push over a WebSocket).

              --url URL             server (http://localhost:8080)
              --kiosks N            kiosks, each its own thread, kiosk id, client address and member (20)
              --ramp-s S            kiosks start evenly over S seconds (40)
              --key-ms MS           between two touches (600)
              --screen-ms MS        on the home and the balance screen (10000)
              --journeys N          journeys per kiosk (2)
              --kiosk-prefix P      kiosk ids P0001, P0002, ... (LOAD-); the server needs them in its kiosk-config
              --first-member M      kiosk 1 logs in as generated demo member M, kiosk 2 as M+1, ... (%d)
              --pin PIN             the members' PIN (%s, every generated member's)
              --wrong-pin-kiosks N  the first N kiosks type a wrong PIN: a check that failures are noticed (0)
              --timeout-s S         an answer later than this is an error (60)
              --wait-ms MS          how long to wait for an element the last answer did not bring (5000)
              --forwarded-for B     send X-Forwarded-For 10.x.y.z per kiosk: the server must trust this
                                    client as a proxy (loopback is trusted by default) (true)
              --hold                log every kiosk in, open the balance and stay there (push open, a
                                    touch every --hold-touch-s) until stopped: for heap per session
              --hold-s S            stop holding after S seconds (0: until Ctrl+C or SIGTERM)
              --hold-touch-s S      a touch while holding, before the idle warning (30)
              --hold-screen S       balance: hold logged-in members there; attract: hold the start screen
                                    only, no login (the baseline of a kiosk's page without a member) (balance)
              --server-pid PID      printed into the heap-measuring instructions of --hold
              --trace FILE          write kiosk 1's requests, answers and pushed messages to FILE
              --report FILE         also write the Markdown report to FILE
              --scenario S          balance: login, balance, logout; cluster: login, balance, print the
                                    balance slip, call staff from help, ask for a new phone number,
                                    logout, each write put in the --ledger (balance)
              --lockout-kiosks N    cluster: the first N kiosks type wrong PINs until their member is
                                    locked (locked for 30 min), then find it locked in later journeys (0)
              --run-s S             kiosks start journeys until S s after the driver started, instead of
                                    --journeys each; a failed journey is recovered from (0: off)
              --request-log FILE    one CSV line per HTTP request: start_epoch_ms,end_epoch_ms,kiosk,step,
                                    outcome (ok or fail:<kind>),node (the KIOSKNODE cookie sent, or -)
              --ledger FILE         cluster: one line per write, attempted and acknowledged, tab-separated:
                                    epoch_ms kind kiosk member_kpj state key (for ClusterCheck)
            """.formatted(GeneratedMembers.FIRST, DemoLogin.GENERATED_MEMBER_PIN);

    static LoadOptions parse(String... args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("expected --name, got '" + name + "'");
            }
            String key = name.substring(2);
            if (key.equals("hold") || key.equals("help")) {
                given.put(key, "true");
            } else if (key.contains("=")) {
                given.put(key.substring(0, key.indexOf('=')), key.substring(key.indexOf('=') + 1));
            } else if (i + 1 < args.length) {
                given.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
        }
        if (given.containsKey("help")) {
            throw new IllegalArgumentException("");
        }
        Arguments a = new Arguments(given);
        LoadOptions options = new LoadOptions(URI.create(a.text("url", "http://localhost:8080").replaceAll("/+$", "")),
                a.number("kiosks", 20, 1), a.number("ramp-s", 40, 0), a.number("key-ms", 600, 0),
                a.number("screen-ms", 10_000, 0), a.number("journeys", 2, 1), a.text("kiosk-prefix", "LOAD-"),
                a.number("first-member", GeneratedMembers.FIRST, 1), a.text("pin", DemoLogin.GENERATED_MEMBER_PIN),
                a.number("wrong-pin-kiosks", 0, 0), a.number("timeout-s", 60, 1), a.number("wait-ms", 5000, 0),
                Boolean.parseBoolean(a.text("forwarded-for", "true")), Boolean.parseBoolean(a.text("hold", "false")),
                a.number("hold-s", 0, 0), a.number("hold-touch-s", 30, 1), a.text("hold-screen", "balance"), a.text("server-pid", null),
                a.path("trace"), a.path("report"), a.text("scenario", BALANCE), a.number("lockout-kiosks", 0, 0),
                a.number("run-s", 0, 0), a.path("request-log"), a.path("ledger"));
        if (!options.scenario().equals(BALANCE) && !options.scenario().equals(CLUSTER)) {
            throw new IllegalArgumentException("--scenario is balance or cluster, not '" + options.scenario() + "'");
        }
        if (options.hold() && (options.cluster() || options.runSeconds() > 0)) {
            throw new IllegalArgumentException("--hold goes with neither --scenario cluster nor --run-s");
        }
        if (options.lockoutKiosks() > 0 && !options.cluster()) {
            throw new IllegalArgumentException("--lockout-kiosks needs --scenario cluster");
        }
        if (!options.holdScreen().equals("balance") && !options.holdScreen().equals("attract")) {
            throw new IllegalArgumentException("--hold-screen is balance or attract, not '" + options.holdScreen() + "'");
        }
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): --" + String.join(", --", given.keySet()));
        }
        return options;
    }

    /** Reads and removes the options it is asked for, so what is left over was mistyped. */
    private record Arguments(Map<String, String> given) {
        String text(String name, String fallback) {
            String value = given.remove(name);
            return value == null ? fallback : value;
        }

        int number(String name, int fallback, int min) {
            String value = given.remove(name);
            int n;
            try {
                n = value == null ? fallback : Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " must be a whole number, was '" + value + "'");
            }
            if (n < min) {
                throw new IllegalArgumentException("--" + name + " must be at least " + min + ", was " + n);
            }
            return n;
        }

        Path path(String name) {
            String value = given.remove(name);
            return value == null ? null : Path.of(value);
        }
    }

    /** Kiosk {@code k}'s id (1-based): prefix and four digits, as scripts/load-test.sh writes them. */
    String kioskId(int k) {
        return kioskPrefix + String.format(Locale.ROOT, "%04d", k);
    }

    /** A client address of its own per kiosk, for the server's per-address login throttle. */
    static String clientAddress(int k) {
        return "10." + ((k >> 16) & 0xff) + "." + ((k >> 8) & 0xff) + "." + (k & 0xff);
    }

    boolean cluster() {
        return scenario.equals(CLUSTER);
    }

    String describe() {
        String scenario = hold
                ? String.format(Locale.ROOT, "held on the balance screen, a touch every %d s", holdTouchSeconds)
                : String.format(Locale.ROOT, "%d ms per screen, %s", screenMillis,
                runSeconds > 0 ? "journeys for " + runSeconds + " s" : journeys + " journey(s) each");
        return String.format(Locale.ROOT, "%s%d kiosks, ramp %d s, a touch every %d ms, %s, kiosks %s..%s, members from %d%s%s, against %s",
                cluster() ? "cluster scenario (balance, slip, help, phone change): " : "", kiosks, rampSeconds, keyMillis, scenario,
                kioskId(1), kioskId(kiosks), firstMember,
                wrongPinKiosks > 0 ? ", " + wrongPinKiosks + " kiosk(s) with a wrong PIN" : "",
                lockoutKiosks > 0 ? ", " + lockoutKiosks + " kiosk(s) locking their member out" : "", url);
    }
}
