package id.kiosmandiri.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.ui.KioskIdentity;
import id.kiosmandiri.member.MemberService;
import id.kiosmandiri.member.MemberStatus;
import id.kiosmandiri.member.MemberSummary;
import id.kiosmandiri.kiosk.ui.KioskContext;
import id.kiosmandiri.session.ui.MemberLayout;


/** The member's menu: who they are, and one large tile per thing they can do here. */
@AnonymousAllowed
@Route(value = "home", layout = MemberLayout.class)
class HomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MemberService members;
    private final KioskIdentity identity;

    HomeView(MemberService members, KioskIdentity identity) {
        this.members = members;
        this.identity = identity;
        addClassName("home");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MemberSummary member = members.summary(MemberLayout.member().memberId());
        KioskConfig kiosk = identity.currentOrDefault();
        removeAll();

        H1 greeting = new H1(getTranslation("home.greeting", member.firstName()));
        greeting.setId("member-name");
        Div facts = new Div();
        facts.addClassName("member-facts");
        facts.add(fact(getTranslation("home.kpj"), member.maskedKpj(), "member-kpj"));
        facts.add(fact(getTranslation("home.status"), getTranslation("status." + member.status().name().toLowerCase())
                + " · " + getTranslation("segment." + member.segment().name().toLowerCase()), "member-status"));
        if (member.currentEmployer() != null) {
            facts.add(fact(getTranslation("home.employer"), member.currentEmployer(), "member-employer"));
        }
        add(greeting, facts);
        if (member.status() == MemberStatus.INACTIVE) {
            Paragraph inactive = new Paragraph(getTranslation("home.inactive"));
            inactive.setId("member-inactive");
            inactive.addClassName("notice");
            add(inactive);
        }

        Div tiles = new Div();
        tiles.addClassName("tiles");
        addTile(tiles, kiosk, KioskConfig.Feature.BALANCE, "menu-balance", VaadinIcon.WALLET, "balance");
        addTile(tiles, kiosk, KioskConfig.Feature.CONTRIBUTIONS, "menu-contributions", VaadinIcon.LIST, "contributions");
        addTile(tiles, kiosk, KioskConfig.Feature.BILLS, "menu-bills", VaadinIcon.INVOICE, "bills");
        addTile(tiles, kiosk, KioskConfig.Feature.PRINT, "menu-print", VaadinIcon.PRINT, "print");
        addTile(tiles, kiosk, KioskConfig.Feature.UPDATE, "menu-update", VaadinIcon.EDIT, "update");
        addTile(tiles, kiosk, KioskConfig.Feature.HELP, "menu-help", VaadinIcon.QUESTION_CIRCLE, "help");
        addTile(tiles, kiosk, KioskConfig.Feature.CARD, "menu-card", VaadinIcon.CREDIT_CARD, "card");
        // every member may change their PIN, whatever the kiosk offers
        tiles.add(tile("pin", "menu-pin", VaadinIcon.KEY, "pin"));
        add(tiles);
    }

    private void addTile(Div tiles, KioskConfig kiosk, KioskConfig.Feature feature, String id, VaadinIcon icon, String route) {
        if (!kiosk.offers(feature)) {
            return;
        }
        tiles.add(tile(feature.configName(), id, icon, route));
    }

    private Button tile(String name, String id, VaadinIcon icon, String route) {
        Span label = new Span(getTranslation("home.tile." + name));
        label.addClassName("tile-label");
        Span hint = new Span(getTranslation("home.tile." + name + ".hint"));
        hint.addClassName("tile-hint");
        Div text = new Div(label, hint);
        text.addClassName("tile-text");
        Button tile = new Button(text, e -> getUI().ifPresent(ui -> ui.navigate(route)));
        tile.setPrefixComponent(icon.create());
        tile.setId(id);
        tile.addClassName("tile");
        return tile;
    }

    private static Div fact(String label, String value, String id) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Span v = new Span(value);
        v.addClassName("fact-value");
        v.setId(id);
        Div fact = new Div(l, v);
        fact.addClassName("fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
