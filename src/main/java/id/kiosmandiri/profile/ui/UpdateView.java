package id.kiosmandiri.profile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.kiosk.KioskTime;
import id.kiosmandiri.kiosk.ui.Formats;
import id.kiosmandiri.kiosk.ui.NumericKeypad;
import id.kiosmandiri.kiosk.ui.PinEntry;
import id.kiosmandiri.kiosk.ui.OnScreenKeyboard;
import id.kiosmandiri.member.ContactField;
import id.kiosmandiri.member.MemberAuthService;
import id.kiosmandiri.member.PinCheck;
import id.kiosmandiri.profile.ChangeStatus;
import id.kiosmandiri.profile.ContactRefused;
import id.kiosmandiri.profile.ContactRules;
import id.kiosmandiri.profile.MemberChange;
import id.kiosmandiri.profile.ProfileChangeService;
import id.kiosmandiri.profile.UpdateOverview;
import id.kiosmandiri.session.MemberSession;
import id.kiosmandiri.session.MemberSessions;
import id.kiosmandiri.session.SessionEndReason;
import id.kiosmandiri.session.ui.MemberLayout;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * "Perbarui data": the member's phone, email and address (the address shortened: the full address
 * never shows), a button to change each, and their requests with staff's answers. A change goes:
 * new value (phone on the keypad, email and address on the letter keyboard) → the PIN → old and new
 * side by side → sent to branch staff for approval. Each step is a screen of its own (no dialogs),
 * so the layout's idle logout and Keluar cover them all.
 */
@AnonymousAllowed
@Route(value = "update", layout = MemberLayout.class)
class UpdateView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProfileChangeService changes;
    private final MemberAuthService auth;
    private final MemberSessions memberSessions;
    private final KioskTime kioskTime;
    private final KioskRegistry kiosks;

    private ContactField field;
    private String newValue;

    UpdateView(ProfileChangeService changes, MemberAuthService auth, MemberSessions memberSessions, KioskTime kioskTime,
               KioskRegistry kiosks) {
        this.kiosks = kiosks;
        this.changes = changes;
        this.auth = auth;
        this.memberSessions = memberSessions;
        this.kioskTime = kioskTime;
        addClassName("update");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!kiosks.findOrDefault(member().kioskId()).offers(KioskConfig.Feature.UPDATE)) {
            event.forwardTo("home"); // this kiosk does not offer it: no tile, and no way round by the address
            return;
        }
        memberSessions.used("update");
        showOverview(false);
    }

    private MemberSession member() {
        return MemberLayout.member();
    }

    // ---------- the overview ----------

    private void showOverview(boolean justSent) {
        field = null;
        newValue = null;
        UpdateOverview overview = changes.overview(member().memberId());
        screen(false);
        add(new H1(getTranslation("update.title")));
        if (justSent) {
            Paragraph sent = new Paragraph(getTranslation("update.sent"));
            sent.setId("update-sent");
            sent.addClassName("good-news");
            sent.getElement().setAttribute("role", "status");
            add(sent);
        }
        Div details = new Div();
        details.addClassNames("statement", "update-details");
        for (ContactField f : ContactField.values()) {
            details.add(detailRow(f, overview.shown(f)));
        }
        add(details, pendingBlock(overview), notice());
    }

    private Div detailRow(ContactField f, String shown) {
        String name = name(f);
        Span label = new Span(getTranslation("update.field." + name));
        label.addClassName("row-label");
        Span value = new Span(shown == null ? getTranslation("update.none") : shown);
        value.setId("update-current-" + name);
        value.addClassNames("row-value", "update-value");
        Div text = new Div(label, value);
        text.addClassName("update-detail-text");
        Button change = new Button(getTranslation("update.change"), e -> showEntry(f));
        change.setId("update-" + name);
        change.addClassNames("kiosk-secondary", "update-change");
        change.getElement().setAttribute("aria-label", getTranslation("update.change.label", getTranslation("update.field." + name)));
        Div row = new Div(text, change);
        row.addClassNames("statement-row", "update-detail");
        return row;
    }

    private Div pendingBlock(UpdateOverview overview) {
        Div block = new Div();
        block.setId("update-pending");
        block.addClassName("update-pending");
        block.add(new H2(getTranslation("update.requests")));
        if (overview.changes().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("update.requests.none"));
            none.addClassName("plain-line");
            block.add(none);
        }
        Locale locale = getLocale();
        for (MemberChange change : overview.changes()) {
            String status = change.status().name().toLowerCase(Locale.ROOT);
            Span what = new Span(getTranslation("update.field." + name(change.field())) + ": " + change.shownValue());
            what.addClassName("update-request-what");
            Span badge = new Span(getTranslation("update.status." + status));
            badge.addClassNames("status-badge", "update-status-" + status);
            java.time.Instant when = change.status() == ChangeStatus.PENDING ? change.requestedAt() : change.decidedAt();
            Span date = new Span(getTranslation("update.status." + status + ".when",
                    Formats.date(when.atZone(kioskTime.zone(member().kioskId())).toLocalDate(), locale)));
            date.addClassName("update-request-when");
            Div entry = new Div(badge, what, date);
            entry.setId("update-change-" + change.id());
            entry.addClassName("update-request");
            entry.getElement().setAttribute("data-status", status);
            if (change.status() == ChangeStatus.REJECTED) {
                Paragraph reason = new Paragraph(getTranslation("update.status.rejected.reason", change.rejectReason()));
                reason.addClassName("update-reject-reason");
                entry.add(reason);
            }
            block.add(entry);
        }
        return block;
    }

    private Paragraph notice() {
        Paragraph notice = new Paragraph(getTranslation("update.notice"));
        notice.setId("update-notice");
        notice.addClassName("notice");
        return notice;
    }

    // ---------- the new value ----------

    private void showEntry(ContactField chosen) {
        field = chosen;
        newValue = null;
        String name = name(chosen);
        H1 title = new H1(getTranslation("update." + name + ".title"));
        Paragraph hint = new Paragraph(getTranslation("update." + name + ".hint"));
        hint.addClassName("login-where");
        Paragraph error = error();
        screen(true);
        add(title, hint);
        if (chosen == ContactField.PHONE) {
            Div display = new Div();
            display.setId("update-display");
            display.addClassNames("number-display", "empty");
            display.getElement().setAttribute("role", "textbox");
            display.getElement().setAttribute("aria-label", title.getText());
            display.getElement().setAttribute("aria-readonly", "true");
            display.getElement().setAttribute("inputmode", "none");
            display.getElement().setAttribute("data-value", "");
            display.setText(getTranslation("update.phone.placeholder"));
            NumericKeypad keypad = new NumericKeypad(ContactRules.PHONE_MAX, typed -> {
                display.setText(typed.isEmpty() ? getTranslation("update.phone.placeholder") : typed);
                display.getElement().setAttribute("data-value", typed);
                display.setClassName("empty", typed.isEmpty());
                PinEntry.fadeError(error);
            }, typed -> accept(typed, error));
            add(display, error, keypad);
        } else {
            int max = chosen == ContactField.EMAIL ? ContactRules.EMAIL_MAX : ContactRules.ADDRESS_MAX;
            OnScreenKeyboard keyboard = new OnScreenKeyboard(max, getTranslation("update." + name + ".placeholder"),
                    typed -> PinEntry.fadeError(error), typed -> accept(typed, error));
            add(error, keyboard);
        }
        add(backButton());
    }

    private void accept(String typed, Paragraph error) {
        ContactRules.Outcome outcome = changes.check(member().memberId(), field, typed);
        switch (outcome) {
            case ContactRules.Outcome.Refused refused -> showError(error, getTranslation(refused.messageKey()));
            case ContactRules.Outcome.Valid valid -> {
                newValue = valid.value();
                showPin();
            }
        }
    }

    // ---------- the PIN ----------

    private void showPin() {
        H1 title = new H1(getTranslation("update.pin.title"));
        Paragraph hint = new Paragraph(getTranslation("update.pin.hint"));
        hint.addClassName("login-where");
        PinEntry pin = new PinEntry("update-error", this::checkPin);
        screen(true);
        add(title, hint, pin.dots(), pin.error(), pin.keypad(), backButton());
    }

    private void checkPin(String pin, PinEntry entry) {
        PinCheck check = auth.confirmPin(member().memberId(), member().kioskId(), pin);
        entry.clear();
        switch (check) {
            case PinCheck.Right right -> showReview();
            case PinCheck.Wrong wrong -> entry.showError(getTranslation("update.pin.wrong"));
            case PinCheck.Invalid invalid -> entry.showError(getTranslation("update.pin.invalid"));
            case PinCheck.Locked locked -> showLocked(locked);
        }
    }

    /**
     * Locked by wrong PINs: the member reads when and how to unlock, then leaves with the one button
     * on the screen (or the idle logout ends the session). Logging out at once would take the
     * message away before it is read.
     */
    private void showLocked(PinCheck.Locked locked) {
        String until = DateTimeFormatter.ofPattern("HH:mm").withZone(kioskTime.zone(member().kioskId())).format(locked.until());
        Paragraph message = new Paragraph(getTranslation("update.pin.locked", until));
        message.setId("update-locked");
        message.addClassNames("login-error", "visible");
        message.getElement().setAttribute("role", "alert");
        Button leave = new Button(getTranslation("nav.logout"), e -> memberSessions.logout(SessionEndReason.LOGOUT));
        leave.setId("update-locked-logout");
        leave.addClassNames("logout", "update-wide");
        screen(false);
        add(new H1(getTranslation("update.pin.locked.title")), message, leave);
    }

    // ---------- old and new, then sent ----------

    private void showReview() {
        String name = name(field);
        String current = changes.overview(member().memberId()).shown(field);
        H1 title = new H1(getTranslation("update.review.title"));
        Paragraph hint = new Paragraph(getTranslation("update.review.hint"));
        hint.addClassName("login-where");
        Div old = side("update-old", getTranslation("update.review.old"), current == null ? getTranslation("update.none") : current);
        Div fresh = side("update-new", getTranslation("update.review.new"), newValue);
        fresh.addClassName("update-side-new");
        Div sides = new Div(old, fresh);
        sides.addClassName("update-sides");
        Paragraph error = error();
        Button confirm = new Button(getTranslation("update.confirm"), e -> send(error));
        confirm.setId("update-confirm");
        confirm.addClassNames("kiosk-primary", "update-wide");
        Button cancel = new Button(getTranslation("update.cancel"), e -> showOverview(false));
        cancel.setId("update-cancel");
        cancel.addClassNames("kiosk-secondary", "update-wide");
        Div actions = new Div(confirm, cancel);
        actions.addClassName("receipt-actions");
        screen(false);
        add(title, new H2(getTranslation("update.field." + name)), hint, sides, error, actions);
    }

    private Div side(String id, String label, String value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Span v = new Span(value);
        v.setId(id);
        v.addClassName("update-side-value");
        Div side = new Div(l, v);
        side.addClassName("update-side");
        return side;
    }

    private void send(Paragraph error) {
        MemberSession member = member();
        try {
            changes.request(member.memberId(), member.kioskId(), member.kioskSessionId(), field, newValue);
            showOverview(true);
        } catch (ContactRefused refused) {
            showError(error, getTranslation(refused.messageKey()));
        }
    }

    // ---------- shared pieces ----------

    /** A new step: empty, laid out for typing (words beside the keys in landscape) or not. */
    private void screen(boolean typing) {
        removeAll();
        setClassName("update-entry", typing);
    }

    private Button backButton() {
        Button back = new Button(getTranslation("update.back"), e -> showOverview(false));
        back.setId("update-back");
        back.addClassNames("kiosk-secondary", "login-back");
        return back;
    }

    private static String name(ContactField f) {
        return f.name().toLowerCase(Locale.ROOT);
    }

    private static Paragraph error() {
        return PinEntry.errorLine("update-error");
    }

    private static void showError(Paragraph error, String text) {
        PinEntry.showError(error, text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
