package id.kiosmandiri.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.kiosk.CardReads;
import id.kiosmandiri.member.HostileStrings;
import id.kiosmandiri.kiosk.ui.AttractView;
import id.kiosmandiri.kiosk.ui.KioskBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,000 hostile card reads, 5,000 on each screen that takes a card (attract and login): every one shows
 * "Kartu tidak terbaca" where it was read and never the PIN screen; nothing is stored but one
 * {@code invalid-input} usage event a minute for the kiosk, and no failed login is counted.
 */
@IntegrationTest
class CardReadFuzzTest extends KioskBrowserlessTest {

    private static final String KIOSK = "TEST-FUZZ";
    /** On each of the two screens: 10,000 reads of the card reader in all. */
    private static final int READS = 5_000;

    @Autowired
    private CardReads cardReads;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    private List<String> noCards() {
        return HostileStrings.any().filter(s -> cardReads.parse(s).isEmpty()).sampleStream().limit(READS).toList();
    }

    private int invalidInputEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM usage_event WHERE kiosk_id = ? AND event_type = 'invalid-input'",
                Integer.class, KIOSK);
    }

    private int rows(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private void readAll(Component screen, List<String> reads) {
        for (String read : reads) {
            readCard(screen, read);
            assertThat(exists("card-unreadable")).as("card-unreadable after %s", read).isTrue();
            assertThat(exists("pin-display")).as("no PIN screen after %s", read).isFalse();
        }
    }

    @Test
    void readsThatAreNoCardStopOnTheScreenWhereTheyWereRead() {
        List<String> reads = noCards();
        int eventsBefore = invalidInputEvents();
        int failuresBefore = rows("login_failure");
        int sessionsBefore = rows("kiosk_session");
        Instant start = clock.instant();

        UI.getCurrent().navigate("", QueryParameters.of("kiosk", KIOSK));
        AttractView attract = (AttractView) getCurrentView();
        assertThat(exists("card-unreadable")).isFalse();
        readAll(attract, reads);
        assertThat(getCurrentView()).as("still the attract screen").isSameAs(attract);

        UI.getCurrent().navigate("login");
        Component login = (Component) getCurrentView();
        assertThat(exists("card-unreadable")).isFalse();
        readAll(login, reads);
        click("login-by-kpj");
        assertThat(exists("card-unreadable")).as("the message goes with the next step").isFalse();

        long minutes = Duration.between(start, clock.instant()).toMinutes();
        assertThat(invalidInputEvents() - eventsBefore).as("invalid-input events, at most one a minute")
                .isBetween(1, 1 + (int) minutes);
        assertThat(rows("login_failure")).as("nothing counted as a login").isEqualTo(failuresBefore);
        assertThat(rows("kiosk_session")).isEqualTo(sessionsBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM usage_event WHERE kiosk_id = ? AND detail IS NOT NULL AND detail <> 'card'",
                Integer.class, KIOSK)).as("no value stored").isZero();
    }

    @Test
    void aRealCardStillOpensThePinAfterGarbage() {
        // the demo kiosk, so the other test's count of TEST-FUZZ events stays its own
        UI.getCurrent().navigate("login", QueryParameters.of("kiosk", DEMO_KIOSK));
        Component login = (Component) getCurrentView();
        readCard(login, "٠٠٠٤٥١٢٣٤٥");
        assertThat(exists("card-unreadable")).isTrue();
        assertThat(text("card-unreadable")).isEqualTo("Kartu tidak terbaca. Coba lagi atau masukkan nomor Anda.");
        readCard(login, "0004512345");
        assertThat(exists("pin-display")).isTrue();
        assertThat(exists("card-unreadable")).isFalse();
    }
}
