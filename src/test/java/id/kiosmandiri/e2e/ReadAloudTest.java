package id.kiosmandiri.e2e;

import id.kiosmandiri.StoredRows;
import id.kiosmandiri.balance.BalanceService;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.kiosk.AmountInWords;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read aloud in real Chromium, with the page's {@code speechSynthesis} replaced by a recorder before
 * any script of the page runs: what the kiosk would say is kept in {@code window.__spoken}. The
 * journey also switches on large text and high contrast at the login: the modes outlive the login
 * and are gone after the logout.
 */
class ReadAloudTest extends BrowserTest {

    private static final Pattern DIGIT_WORDS_IN_A_ROW = Pattern.compile(
            "(?i)\\b(nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|zero|one|two|three|four|five|six|seven|eight|nine)"
                    + "[\\s,.]+(nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|zero|one|two|three|four|five|six|seven|eight|nine)\\b");

    @Autowired
    BalanceService balances;
    @Autowired
    StoredRows stored;

    /** The recorder, with these voices on the "kiosk PC". */
    private void recordSpeech(String voicesJson) {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                (function () {
                  var voices = %s;
                  window.__spoken = [];
                  window.SpeechSynthesisUtterance = function (text) { this.text = text; };
                  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
                    speak: function (u) { window.__spoken.push(u.lang + '|' + u.text); },
                    cancel: function () {},
                    getVoices: function () { return voices; },
                    addEventListener: function () {}
                  }});
                })();""".formatted(voicesJson)));
    }

    @SuppressWarnings("unchecked")
    private List<String> spoken() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return window.__spoken.slice();");
    }

    private void forgetSpoken() {
        ((JavascriptExecutor) driver).executeScript("window.__spoken.length = 0;");
    }

    private String said() {
        return String.join("\n", spoken());
    }

    @Test
    void theBalanceIsSpokenInWordsAndThePinScreenSaysOnlyHowManyDigits() {
        recordSpeech("[{lang: 'id-ID', name: 'Indonesian', localService: true}, {lang: 'en-US', name: 'English', localService: true}]");
        open("");
        AttractPage attract = new AttractPage(driver);
        assertThat(attract.isShown("speak")).as("no speaker until read aloud is on").isFalse();
        attract.click("access-open");
        attract.click("access-speech");
        assertThat(said()).contains("id-ID|Suara menyala.");
        attract.click("access-close");
        assertThat(attract.isShown("speak")).isTrue();
        assertThat(said()).as("closing the panel reads the screen").contains("Pilihan: ");

        LoginPage login = attract.start();
        assertThat(said()).as("a new screen says itself").contains("Pilihan: ").contains("KPJ");
        // large text and high contrast too, switched on before the login: all three last until the logout
        login.click("access-open");
        login.click("access-large");
        login.click("access-contrast");
        login.click("access-close");
        assertThat(dataAccess()).isEqualTo("large contrast speech");
        login.chooseKpj().typeOnKeypad(DemoLogin.BUDI.kpj());
        assertThat(spoken().getLast()).endsWith("sebelas angka dimasukkan");
        login.confirmNumber();

        forgetSpoken();
        login.typeOnKeypad("482");
        assertThat(spoken().getLast()).isEqualTo("id-ID|tiga angka dimasukkan");
        login.click("speak");
        String pinScreen = said();
        assertThat(pinScreen).contains("PIN").contains("tiga angka dimasukkan").contains("Pilihan: ");
        assertThat(pinScreen).as("no digit of the PIN or the KPJ").doesNotContainPattern("[0-9]");
        assertThat(pinScreen).as("no digits spelled out").doesNotContainPattern(DIGIT_WORDS_IN_A_ROW);
        login.click("key-clear");

        HomePage home = login.loginWithPin(DemoLogin.BUDI.pin());
        forgetSpoken();
        BalancePage balance = home.openBalance();
        long budi = stored.memberIdByNik(DemoLogin.BUDI.nik());
        String inWords = AmountInWords.rupiah(balances.overview(budi).jhtBalance(), Locale.of("id"));
        assertThat(dataAccess()).as("the modes outlive the login").isEqualTo("large contrast speech");
        List<String> balanceScreen = spoken();
        assertThat(String.join("\n", balanceScreen)).contains(inWords).contains("perkiraan");
        int notice = indexOf(balanceScreen, "Suara dapat didengar orang di sekitar Anda. Gunakan earphone bila ada.");
        int amount = indexOf(balanceScreen, inWords);
        assertThat(notice).as("the earphone notice comes before the first amount").isBetween(0, amount - 1);
        wait.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                "return [...document.querySelectorAll('vaadin-notification-card')].map(c => c.innerText).join(' ');"))
                .contains("Gunakan earphone bila ada"));
        screenshotBothOrientations("read-aloud-balance");

        forgetSpoken();
        balance.click("speak");
        assertThat(said()).as("the notice is said once").contains(inWords).doesNotContain("earphone");

        AttractPage after = balance.logout();
        assertThat(after.isShown("speak")).as("the next person starts without read aloud").isFalse();
        assertThat(dataAccess()).as("the next person starts from the default").isEmpty();
    }

    @Test
    void withoutAVoiceOnTheKioskPcReadAloudIsNotOffered() {
        recordSpeech("[{lang: 'id-ID', name: 'Indonesian', localService: true}]");
        open("");
        AttractPage attract = new AttractPage(driver);
        attract.click("access-open");
        assertThat(attract.isShown("access-speech")).as("an Indonesian voice: offered in Bahasa Indonesia").isTrue();
        attract.click("access-close");
        attract.toggleLanguage();
        attract.click("access-open");
        assertThat(attract.isShown("access-large")).isTrue();
        assertThat(driver.findElement(By.id("access-speech")).isDisplayed())
                .as("no English voice: not offered in English").isFalse();
    }

    private String dataAccess() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.body.getAttribute('data-access')");
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}
