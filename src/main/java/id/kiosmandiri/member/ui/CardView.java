package id.kiosmandiri.member.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.kiosk.QrCodes;
import id.kiosmandiri.kiosk.ui.Formats;
import id.kiosmandiri.member.DigitalCard;
import id.kiosmandiri.member.MemberService;
import id.kiosmandiri.session.MemberSession;
import id.kiosmandiri.session.MemberSessions;
import id.kiosmandiri.session.ui.MemberLayout;

import java.util.Base64;
import java.util.List;

/**
 * Kartu Digital: the membership card as the JMO app shows it, one card per KPJ, each with a QR
 * code. The QR code carries the full KPJ: it is what a counter's or clinic's scanner reads off the
 * card, as off the plastic one, and a scanner cannot read a masked number. The printed number is
 * masked (KIOSK-UX: only the last 4 digits on screen), for whoever looks over the member's shoulder;
 * the code is an image, so the full number is never text in the page either.
 */
@AnonymousAllowed
@Route(value = "card", layout = MemberLayout.class)
class CardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Pixels per QR module: about 300 px for a KPJ's code, easy to scan off the glass. */
    private static final int QR_PIXELS_PER_MODULE = 10;

    private final MemberService members;
    private final MemberSessions memberSessions;
    private final KioskRegistry kiosks;

    CardView(MemberService members, MemberSessions memberSessions, KioskRegistry kiosks) {
        this.members = members;
        this.memberSessions = memberSessions;
        this.kiosks = kiosks;
        addClassName("digital-cards");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MemberSession member = MemberLayout.member();
        if (!kiosks.findOrDefault(member.kioskId()).offers(KioskConfig.Feature.CARD)) {
            event.forwardTo("home");
            return;
        }
        memberSessions.used("card");
        DigitalCard card = members.digitalCard(member.memberId());
        removeAll();
        add(new H1(getTranslation("dcard.title")));
        Div cards = new Div();
        cards.addClassName("dcard-list");
        List<DigitalCard.Card> all = card.cards();
        for (int i = 0; i < all.size(); i++) {
            cards.add(card(card, all.get(i), i == 0 ? "" : "-" + (i + 1)));
        }
        add(cards);
        Paragraph app = new Paragraph(getTranslation("dcard.app-hint"));
        app.setId("card-app-hint");
        app.addClassName("plain-line");
        add(app);
    }

    /** One card; the first one's ids are {@code digital-card} and {@code card-qr}, the next ones' end in -2, -3 ... */
    private Div card(DigitalCard holder, DigitalCard.Card c, String suffix) {
        Span brand = new Span(getTranslation("dcard.brand"));
        brand.addClassName("dcard-brand");
        Span name = new Span(holder.fullName());
        name.addClassName("dcard-name");
        Span kpj = new Span(c.maskedKpj());
        kpj.setId("card-kpj" + suffix);
        kpj.addClassName("dcard-kpj");
        Div facts = new Div(brand, name, kpj,
                fact("dcard.start", Formats.period(c.jhtStart())),
                fact("dcard.segment", getTranslation("segment." + c.segment().name().toLowerCase())),
                fact("dcard.status", getTranslation("status." + holder.status().name().toLowerCase())));
        if (c.employerName() != null) {
            facts.add(fact("dcard.employer", c.employerName()));
        }
        facts.addClassName("dcard-facts");
        Image qr = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(c.kpj(), QR_PIXELS_PER_MODULE)),
                getTranslation("dcard.qr.alt"));
        qr.setId("card-qr" + suffix);
        qr.addClassName("dcard-qr");
        Div card = new Div(facts, qr);
        card.setId("digital-card" + suffix);
        card.addClassName("dcard");
        return card;
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span v = new Span(value);
        v.addClassName("fact-value");
        Div fact = new Div(label, v);
        fact.addClassName("dcard-fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
