package id.kiosmandiri.receipt.ui;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.kiosk.ui.KioskBrowserlessTest;
import id.kiosmandiri.receipt.IssuedReceipt;
import id.kiosmandiri.receipt.ReceiptContent;
import id.kiosmandiri.receipt.ReceiptDocument;
import id.kiosmandiri.receipt.ReceiptKind;
import id.kiosmandiri.receipt.ReceiptLine;
import id.kiosmandiri.receipt.ReceiptService;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The public receipt check: genuine receipts show what the paper says, anything else "not valid". */
@IntegrationTest
class VerifyViewTest extends KioskBrowserlessTest {

    @Autowired
    ReceiptService receipts;

    private IssuedReceipt issued(long amount) {
        ReceiptContent content = new ReceiptContent(ReceiptKind.YEAR_STATEMENT, "2025", amount, "B*** S******",
                new ReceiptDocument("INFORMASI DANA", List.of(new ReceiptLine.Pair("Saldo akhir", "Rp 1")), null, null));
        return receipts.issue(content, memberId(DemoLogin.BUDI), DEMO_KIOSK, null, Locale.forLanguageTag("id"));
    }

    private static String token(IssuedReceipt receipt) {
        String url = receipt.document().qrPayload();
        return url.substring(url.indexOf("/verify/") + "/verify/".length());
    }

    private Div status() {
        return byId(Div.class, "verify-status");
    }

    @Test
    void aGenuineReceiptShowsItsNumberAmountAndTheMaskedNameOnly() {
        IssuedReceipt receipt = issued(98_765_432);
        navigate("verify/" + token(receipt), VerifyView.class);

        assertThat(status().getElement().getAttribute("data-valid")).isEqualTo("true");
        assertThat(text("verify-number")).isEqualTo(receipt.number());
        assertThat(text("verify-amount")).isEqualTo("Rp 98.765.432");
        String page = $(VerifyView.class).single().getElement().getOuterHTML();
        assertThat(page).contains("B*** S******").contains("Informasi dana tahun 2025")
                .doesNotContain(DemoLogin.BUDI.fullName()).doesNotContain(DemoLogin.BUDI.kpj()).doesNotContain(DemoLogin.BUDI.nik());
    }

    @Test
    void aChangedShortenedOrMadeUpTokenIsNotValidAndShowsNothingOfAReceipt() {
        IssuedReceipt receipt = issued(1_000);
        String token = token(receipt);
        char last = token.charAt(token.length() - 1);
        for (String forged : List.of(token.substring(0, token.length() - 1) + (last == 'x' ? 'y' : 'x'),
                token.substring(0, 20), "DEMO-01-20200101-0001.AAAAAAAAAAAAAAAAAAAAAA", "%3Cscript%3E")) {
            navigate("verify/" + forged, VerifyView.class);
            assertThat(status().getElement().getAttribute("data-valid")).as(forged).isEqualTo("false");
            assertThat(exists("verify-number")).isFalse();
            assertThat(exists("verify-amount")).isFalse();
        }
    }
}
