package id.kiosmandiri.member.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.session.LoginMethod;
import id.kiosmandiri.kiosk.ui.AttractView;
import id.kiosmandiri.kiosk.ui.KioskBrowserlessTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class HomeViewTest extends KioskBrowserlessTest {

    private static final List<String> ALL_TILES = List.of("menu-balance", "menu-contributions", "menu-bills", "menu-print",
            "menu-update", "menu-help", "menu-card", "menu-pin");

    @Test
    void greetsTheMemberByFirstNameWithTheKpjMasked() {
        loginAs(DemoLogin.BUDI);
        navigate(HomeView.class);
        assertEquals("Selamat datang, Budi", text("member-name"));
        assertEquals("•••••••0017", text("member-kpj"));
        assertEquals("Aktif · Penerima Upah", text("member-status"));
        String page = UI.getCurrent().getElement().getOuterHTML();
        assertFalse(page.contains(DemoLogin.BUDI.kpj()), "full KPJ on screen");
        assertFalse(page.contains(DemoLogin.BUDI.nik()), "NIK on screen");
        assertFalse(page.contains("Santoso"), "only the first name is shown");
    }

    @Test
    void showsATileForEveryFeatureTheDemoKioskOffersAndChangePin() {
        loginAs(DemoLogin.BUDI);
        navigate(HomeView.class);
        for (String tile : ALL_TILES) {
            assertTrue(exists(tile), tile);
        }
        assertTrue(text("menu-balance").contains("Saldo JHT"));
        assertTrue(text("menu-contributions").contains("Rincian Iuran"));
        assertTrue(text("menu-bills").contains("Tagihan"));
        assertFalse(exists("member-inactive"), "Budi is active");
    }

    @Test
    void aKioskConfiguredWithFewerFeaturesHidesTheOtherTiles() {
        UI.getCurrent().navigate("", QueryParameters.of("kiosk", "TEST-BALANCE")); // the kiosk's browser opens ?kiosk=TEST-BALANCE
        assertInstanceOf(AttractView.class, getCurrentView());
        memberSessions.begin(memberId(DemoLogin.BUDI), "TEST-BALANCE", LoginMethod.KPJ);
        navigate(HomeView.class);
        assertTrue(exists("menu-balance"));
        assertFalse(exists("menu-contributions"));
        assertFalse(exists("menu-bills"));
        assertFalse(exists("menu-print"), "TEST-BALANCE does not print");
        assertFalse(exists("menu-help"), "TEST-BALANCE offers no help");
        assertFalse(exists("menu-update"), "TEST-BALANCE does not offer updates");
        assertFalse(exists("menu-card"), "TEST-BALANCE offers no digital card");
        assertTrue(exists("menu-pin"), "every member may change their PIN, whatever the kiosk offers");
    }

    @Test
    void theNewestCardIsTheOneShown() {
        loginAs(DemoLogin.SITI);
        navigate(HomeView.class);
        assertEquals("Selamat datang, Siti", text("member-name"));
        assertEquals("•••••••0074", text("member-kpj"), "Siti's second card, issued in 2021");
    }

    @Test
    void anInactiveMemberIsToldSoAndKeepsTheTiles() {
        loginAs(DemoLogin.DEWI);
        navigate(HomeView.class);
        assertEquals("Selamat datang, Dewi", text("member-name"));
        assertEquals("Tidak aktif · Penerima Upah", text("member-status"));
        assertEquals("Kepesertaan Anda tidak aktif. Saldo JHT Anda tetap tersimpan dan tetap bisa dilihat. "
                + "Untuk mengaktifkan kembali, tanyakan petugas di loket.", text("member-inactive"));
        assertTrue(exists("menu-balance"), "her balance is still there to see");
    }

    @Test
    void anInformalWorkerIsShownAsSuch() {
        loginAs(DemoLogin.AGUS);
        navigate(HomeView.class);
        assertEquals("Aktif · Bukan Penerima Upah", text("member-status"));
        assertFalse(exists("member-employer"), "a BPU member has no employer");
    }

    @Test
    void tappingATileOpensItsScreen() {
        loginAs(DemoLogin.BUDI);
        navigate(HomeView.class);
        click("menu-balance");
        assertOnScreen("balance");
        assertTrue(exists("jht-balance"));

        navigate(HomeView.class);
        click("menu-contributions");
        assertOnScreen("contributions");
        assertTrue(exists("contributions-grid"));

        navigate(HomeView.class);
        click("menu-bills");
        assertOnScreen("bills");
        assertTrue(exists("bills-list"));

        navigate(HomeView.class);
        click("menu-update");
        assertOnScreen("update");
        assertTrue(exists("update-pending"));

        navigate(HomeView.class);
        click("menu-card");
        assertOnScreen("card");
        assertTrue(exists("digital-card"));

        navigate(HomeView.class);
        click("menu-pin");
        assertOnScreen("pin");
        assertTrue(exists("pin-display"));

        click("nav-home");
        assertOnScreen("home");
        assertFalse(exists("nav-home"), "no 'main menu' button on the main menu");
    }
}
