package id.kiosmandiri.receipt.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kiosmandiri.kiosk.ui.Formats;
import id.kiosmandiri.kiosk.ui.LanguageToggle;
import id.kiosmandiri.receipt.ReceiptCheck;
import id.kiosmandiri.receipt.ReceiptService;

import java.time.format.DateTimeFormatter;

/**
 * The public page a receipt's QR code opens, on anyone's phone: genuine or not, and only what lets
 * the reader compare it with the paper (kind, number, time, kiosk, the name masked, the amount).
 * No login; a changed, shortened or made-up token is simply "not valid", never an error page.
 */
@AnonymousAllowed
@Route("verify/:token")
@StyleSheet("verify.css")
public class VerifyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ReceiptService receipts;

    VerifyView(ReceiptService receipts) {
        this.receipts = receipts;
        addClassName("verify");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReceiptCheck check = receipts.check(event.getRouteParameters().get("token").orElse(""));
        removeAll();
        Div top = new Div(new LanguageToggle());
        top.addClassName("verify-top");
        H1 title = new H1(getTranslation("verify.title"));

        Div status = new Div();
        status.setId("verify-status");
        status.getElement().setAttribute("data-valid", Boolean.toString(check.valid()));
        status.addClassNames("verify-status", check.valid() ? "valid" : "not-valid");
        status.add(new Span(getTranslation(check.valid() ? "verify.valid" : "verify.not-valid")));
        add(top, title, status);

        if (!check.valid()) {
            add(new Paragraph(getTranslation("verify.not-valid.text")));
            return;
        }
        Div facts = new Div();
        facts.addClassName("verify-facts");
        facts.add(fact("verify.kind", getTranslation("verify.kind." + check.kind().name().toLowerCase(java.util.Locale.ROOT))
                + (check.subject() == null ? "" : " " + check.subject()), null));
        facts.add(fact("verify.number", check.number(), "verify-number"));
        facts.add(fact("verify.issued", Formats.date(check.issuedAt().toLocalDate(), getLocale()) + ", "
                + TIME.format(check.issuedAt()) + " " + Formats.zone(check.issuedAt().getZone()), null));
        facts.add(fact("verify.kiosk", check.kioskName() + ", " + check.branchName(), null));
        facts.add(fact("verify.name", check.maskedName(), null));
        facts.add(fact("verify.amount", Formats.rupiah(check.mainAmount()), "verify-amount"));
        add(facts, new Paragraph(getTranslation("verify.compare")));
    }

    private Div fact(String labelKey, String value, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("verify-label");
        Span text = new Span(value);
        text.addClassName("verify-value");
        if (id != null) {
            text.setId(id);
        }
        Div row = new Div(label, text);
        row.addClassName("verify-row");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}
