package id.kiosmandiri.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.LogCapture;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.kiosk.KioskDevices;
import id.kiosmandiri.kiosk.ui.KioskBrowserlessTest;
import id.kiosmandiri.member.HostileStrings;
import id.kiosmandiri.member.Identifiers;
import id.kiosmandiri.receipt.ReceiptService;
import id.kiosmandiri.session.ui.ActionFailedView;
import id.kiosmandiri.session.ui.KioskErrorView;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Generated input on everything a kiosk's browser reaches without staff rights: any address with any query
 * parameters (as a tampered browser would send them), any {@code verify/{token}} (10,000 checked, 1,000 of
 * them as the screen), any {@code /enrol} code (10,000), and any sequence of touches on the login keypad
 * (1,500 sequences; {@code -Dfuzz.full=true}: 10,000 addresses, tokens on screen and sequences). The card reader has its own
 * ({@code CardReadFuzzTest}). Every case ends on a screen (the one asked for, the start, or "Halaman tidak
 * ditemukan"), never on the error screen; nothing is stored from it; and the log holds no error and no
 * stack trace.
 */
@IntegrationTest
class PublicInputFuzzTest extends KioskBrowserlessTest {

    private static final int CASES = 10_000;
    /**
     * Cases that go through whole screens: addresses (each builds a screen, about 5 ms) and keypad sequences
     * (about 11 touches each, 0.5 ms a touch). In {@code ./mvnw verify} fewer, to keep the suite within its
     * ten minutes; {@code -Dfuzz.full=true} runs 10,000 of each (docs/benchmarks.md: how long that takes).
     */
    private static final boolean FULL = Boolean.getBoolean("fuzz.full");
    private static final int SCREEN_CASES = FULL ? CASES : 1_000;
    private static final int KEYPAD_SEQUENCES = FULL ? CASES : 1_500;
    private static final String FUZZ_ADDRESS = "fuzz-203.0.113.7";
    /** Its idle timeout (10 minutes) outlasts the keypad's cases, which send no input reports. */
    private static final String FUZZ_KIOSK = "TEST-FUZZ";
    private static final List<String> TABLES = List.of("kiosk_session", "login_failure", "receipt", "profile_change_request",
            "kiosk_device", "kiosk_enrolment_code", "assistance_request", "staff_audit");

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private KioskDevices devices;
    @Autowired
    private ReceiptService receipts;
    @Autowired
    private Clock clock;

    private LogCapture log;

    @BeforeEach
    void captureTheLog() {
        log = LogCapture.capture();
    }

    @AfterEach
    void cleanUp() {
        log.close();
        jdbc.update("DELETE FROM kiosk_enrolment_failure WHERE client_address = ?", FUZZ_ADDRESS);
    }

    private Map<String, Integer> rows() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Integer.class)));
        return counts;
    }

    /**
     * A path segment: hostile, or plausible (a route name, a year, a receipt kind). Only what a browser can
     * send as a segment: it normalises "." and ".." away and takes '?' and '#' as the end of the path
     * (RawHttpFuzzTest sends such addresses as they are).
     */
    private static Arbitrary<String> segment() {
        return Arbitraries.frequencyOf(
                        Tuple.of(3, HostileStrings.any()),
                        Tuple.of(1, Arbitraries.of("balance", "statement", "proof", "again", "2025", "1999", "-1", "0", "99999999999",
                                "%2e%2e", "staff", "login", "verify", "")))
                .filter(PublicInputFuzzTest::browserSendsIt);
    }

    private static boolean browserSendsIt(String segment) {
        return !segment.equals(".") && !segment.equals("..") && segment.indexOf('?') < 0 && segment.indexOf('#') < 0;
    }

    private static Arbitrary<String> path() {
        Arbitrary<String> fixed = Arbitraries.of("", "login", "help", "enrol", "home", "balance", "contributions", "bills",
                "print", "update", "pin", "card", "staff", "staff/login", "staff/members", "test-failure");
        return Arbitraries.frequencyOf(
                Tuple.of(2, fixed),
                Tuple.of(2, segment().map(s -> "verify/" + s)),
                Tuple.of(2, Combinators.combine(segment(), segment()).as((a, b) -> "receipt/" + a + "/" + b)),
                Tuple.of(2, segment()),
                Tuple.of(1, Combinators.combine(fixed, segment()).as((a, b) -> a + "/" + b)));
    }

    private static Arbitrary<Map<String, List<String>>> parameters() {
        Arbitrary<String> key = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("kiosk", "lang", "v", "year", "v-r", "location")),
                Tuple.of(1, HostileStrings.any()));
        Arbitrary<String> value = Arbitraries.frequencyOf(
                Tuple.of(3, HostileStrings.any()),
                Tuple.of(1, Arbitraries.of("DEMO-01", "TEST-PRINT", "NO-SUCH", "en", "id", "init", "2025")));
        return Combinators.combine(key, value.list().ofMinSize(1).ofMaxSize(2)).as(Map::entry)
                .list().ofMaxSize(3)
                .map(entries -> {
                    Map<String, List<String>> map = new LinkedHashMap<>();
                    entries.forEach(e -> map.put(e.getKey(), e.getValue()));
                    return map;
                });
    }

    private void assertAScreen(String what) {
        Object view = getCurrentView();
        if (view instanceof KioskErrorView || view instanceof ActionFailedView) {
            fail("the error screen after %s; log: %s", what, log.errorsAndStackTraces());
        }
    }

    @Test
    void anyAddressWithAnyParametersShowsAScreenAndStoresNothing() {
        List<Tuple.Tuple2<String, Map<String, List<String>>>> cases = Combinators.combine(path(), parameters()).as(Tuple::of)
                .sampleStream().limit(SCREEN_CASES).toList();
        Map<String, Integer> before = rows();

        for (var c : cases) {
            String what = "'" + c.get1() + "' " + c.get2();
            try {
                UI.getCurrent().navigate(c.get1(), new QueryParameters(c.get2()));
            } catch (RuntimeException e) {
                fail("navigating to %s threw %s", what, e);
            }
            assertAScreen(what);
        }

        assertThat(rows()).as("nothing stored").isEqualTo(before);
        assertThat(log.errorsAndStackTraces()).isEmpty();
    }

    @Test
    void anyTokenOnTheReceiptCheckIsNotValid() {
        // shaped like a genuine token (a receipt number and 22 characters of MAC), or anything at all
        Arbitrary<String> number = Arbitraries.of("DEMO-01", "TEST-PRINT", "JKTSALEMBA-01").flatMap(k ->
                Arbitraries.integers().between(1, 40).map(n -> k + "-20261123-" + String.format("%04d", n)));
        Arbitrary<String> mac = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                .ofMinLength(20).ofMaxLength(24);
        Arbitrary<String> token = Arbitraries.frequencyOf(
                Tuple.of(1, Combinators.combine(number, mac).as((n, m) -> n + "." + m)),
                Tuple.of(1, HostileStrings.any().filter(s -> !s.isEmpty() && !s.contains("/") && browserSendsIt(s))));
        Map<String, Integer> before = rows();

        List<String> tokens = token.sampleStream().limit(CASES).toList();
        for (String t : tokens) {
            assertThat(receipts.check(t).valid()).as("token %s", t).isFalse();
        }
        for (String t : tokens.subList(0, Math.min(SCREEN_CASES, tokens.size()))) {
            UI.getCurrent().navigate("verify/" + t);
            assertAScreen("verify/" + t);
            if (exists("verify-status")) {
                assertThat(byId(Component.class, "verify-status").getElement().getAttribute("data-valid"))
                        .as("token %s", t).isEqualTo("false");
            }
        }

        assertThat(rows()).isEqualTo(before);
        assertThat(log.errorsAndStackTraces()).isEmpty();
    }

    @Test
    void anyEnrolmentCodeEnrolsNothingAndStoresNoCode() {
        Arbitrary<String> code = Arbitraries.frequencyOf(
                Tuple.of(3, HostileStrings.any()),
                Tuple.of(1, Arbitraries.strings().numeric().ofLength(KioskDevices.CODE_DIGITS)));
        Map<String, Integer> before = rows();
        int refused = 0;
        int slowedDown = 0;

        List<String> codes = code.sampleStream().limit(CASES).toList();
        for (int i = 0; i < codes.size(); i++) {
            if (i % 4 == 0) {
                // the address's wrong codes forgotten now and then, so the codes themselves are looked at, not only the throttle
                jdbc.update("DELETE FROM kiosk_enrolment_failure WHERE client_address = ?", FUZZ_ADDRESS);
            }
            KioskDevices.Enrolment answer = devices.enrol(codes.get(i), FUZZ_ADDRESS);
            switch (answer) {
                case KioskDevices.Enrolment.WrongCode w -> refused++;
                case KioskDevices.Enrolment.SlowDown s -> slowedDown++;
                case KioskDevices.Enrolment.Enrolled e -> fail("enrolled with %s", codes.get(i));
            }
        }

        assertThat(refused).as("the codes were looked at").isGreaterThan(CASES / 2);
        assertThat(rows()).as("no device, no code").isEqualTo(before);
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name = 'kiosk_enrolment_failure'",
                String.class)).as("a wrong code is counted, never kept").doesNotContain("code", "code_hash");
        assertThat(log.errorsAndStackTraces()).isEmpty();
    }

    /** A touch on the login screen: a digit, ⌫, Hapus, OK (when it can be touched), Kembali, or a choice of NIK/KPJ. */
    private static Arbitrary<String> touch() {
        return Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.integers().between(0, 9).map(d -> "key-" + d)),
                Tuple.of(2, Arbitraries.of("key-back")),
                Tuple.of(1, Arbitraries.of("key-clear")),
                Tuple.of(2, Arbitraries.of("key-ok")),
                Tuple.of(1, Arbitraries.of("login-back")),
                Tuple.of(2, Arbitraries.of("login-by-nik", "login-by-kpj")));
    }

    /** The buttons on the screen now, by id: looked up once per step of the screen, not once per touch. */
    private static Map<String, Button> buttons(Component root) {
        Map<String, Button> found = new java.util.HashMap<>();
        collect(root, found);
        return found;
    }

    private static void collect(Component c, Map<String, Button> found) {
        if (c instanceof com.vaadin.flow.component.Text || !c.isVisible()) {
            return;
        }
        if (c instanceof Button b && b.getId().isPresent()) {
            found.put(b.getId().get(), b);
        }
        c.getChildren().forEach(child -> collect(child, found));
    }

    @Test
    void anyTouchesOnTheLoginKeypadKeepTheNumberAndOkHonest() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
        List<List<String>> sequences = touch().list().ofMinSize(1).ofMaxSize(20).sampleStream().limit(KEYPAD_SEQUENCES).toList();
        Map<String, Integer> before = rows();

        int done = 0;
        for (List<String> touches : sequences) {
            if (!"login".equals(currentPath())) {
                // the first time, or the screen's idle timer took it back to the start meanwhile
                UI.getCurrent().navigate("login", QueryParameters.of("kiosk", FUZZ_KIOSK));
            }
            if (++done % 200 == 0) {
                roundTrip(); // what the screen sent to the browser meanwhile is let go, as a browser's answer would
            }
            Component screen = (Component) getCurrentView();
            Map<String, Button> onScreen = buttons(screen);
            if (onScreen.containsKey("login-back")) {
                test(onScreen.get("login-back")).click();
                onScreen = buttons(screen);
            }
            String method = null;
            StringBuilder typed = new StringBuilder();
            for (String key : touches) {
                if ("PIN".equals(method) && key.startsWith("key-")) {
                    continue; // no PIN is typed: a wrong one would be counted, as it should
                }
                Button button = onScreen.get(key);
                if (button == null) {
                    continue; // not on this step of the screen
                }
                if (!button.isEnabled()) {
                    assertThat(key).as("only OK is ever disabled").isEqualTo("key-ok");
                    continue; // a disabled button takes no touch, even from a tampered browser
                }
                button.click();
                switch (key) {
                    case "login-by-nik" -> { method = "NIK"; typed.setLength(0); }
                    case "login-by-kpj" -> { method = "KPJ"; typed.setLength(0); }
                    case "login-back" -> { method = null; typed.setLength(0); }
                    case "key-back" -> { if (!typed.isEmpty()) typed.setLength(typed.length() - 1); }
                    case "key-clear" -> typed.setLength(0);
                    case "key-ok" -> {
                        assertThat(exists("pin-display")).as("OK with %s %s goes to the PIN", method, typed).isTrue();
                        method = "PIN";
                    }
                    default -> {
                        int length = "NIK".equals(method) ? Identifiers.NIK_LENGTH : Identifiers.KPJ_LENGTH;
                        if (typed.length() < length) {
                            typed.append(key.charAt(4));
                        }
                    }
                }
                if (key.startsWith("login-") || key.equals("key-ok")) {
                    onScreen = buttons(screen); // another step of the screen
                }
            }
            if ("NIK".equals(method) || "KPJ".equals(method)) {
                String shownNumber = byId(Component.class, "id-display").getElement().getAttribute("data-value");
                assertThat(Optional.ofNullable(shownNumber).orElse("")).as("after %s", touches).isEqualTo(typed.toString());
                int length = "NIK".equals(method) ? Identifiers.NIK_LENGTH : Identifiers.KPJ_LENGTH;
                Optional<String> problem = "NIK".equals(method) ? Identifiers.nikProblem(typed.toString(), today)
                        : Identifiers.kpjProblem(typed.toString());
                assertThat(button("key-ok").isEnabled()).as("OK after %s", touches)
                        .isEqualTo(typed.length() == length && problem.isEmpty());
            }
            assertAScreen(touches.toString());
        }

        assertThat(rows()).as("no PIN was entered: nothing stored").isEqualTo(before);
        assertThat(log.errorsAndStackTraces()).isEmpty();
    }
}
