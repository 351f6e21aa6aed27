package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.EnumMap;
import java.util.Map;

/**
 * The accessibility button of every kiosk screen, next to the language toggle: it opens a panel of
 * switches for larger text, high contrast and read aloud ({@link AccessMode}). Only buttons, no input
 * field, so no OS keyboard. With read aloud on, a speaker button ({@code speak}) beside it reads the
 * screen ({@link ReadAloud}). The read-aloud switch and the speaker are hidden by kiosk.css while the
 * kiosk PC has no voice for the screen's language (kiosk.js marks the voices it has).
 */
public class AccessibilityMenu extends Div {

    private final Div panel = new Div();
    private final Map<AccessMode, Button> switches = new EnumMap<>(AccessMode.class);
    private final Button open;
    private final Button speak;

    public AccessibilityMenu() {
        addClassName("access-menu");
        open = new Button(getTranslation("access.open"), e -> show(true));
        open.setId("access-open");
        open.addClassName("access-open");
        open.getElement().setAttribute("aria-label", getTranslation("access.open.label"));
        open.getElement().setAttribute("aria-haspopup", "dialog");
        open.getElement().setAttribute("aria-expanded", "false");

        speak = new Button(getTranslation("speech.speak"), VaadinIcon.VOLUME_UP.create(), e -> e.getSource().getUI().ifPresent(ReadAloud::readScreen));
        speak.setId("speak");
        speak.addClassName("speak");
        speak.getElement().setAttribute("aria-label", getTranslation("speech.speak.label"));

        panel.setId("access-panel");
        panel.addClassName("access-panel");
        panel.setVisible(false);
        add(speak, open, panel);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // a new page (after a reload, or a login) starts without the attribute: every screen sets it
        AccessMode.apply(event.getUI());
        showStates();
    }

    /**
     * The panel's content, made when it is first opened: most members never open it, and every screen
     * of every kiosk would otherwise build (and keep in the session) a dialog nobody sees.
     */
    private void buildPanel() {
        H2 title = new H2(getTranslation("access.title"));
        title.setId("access-title");
        Paragraph hint = new Paragraph(getTranslation("access.hint"));
        hint.addClassName("access-hint");
        Div choices = new Div();
        choices.addClassName("access-switches");
        for (AccessMode mode : AccessMode.values()) {
            Button toggle = new Button(getTranslation("access." + mode.token()), e -> flip(mode));
            toggle.setId("access-" + mode.token());
            toggle.addClassNames("kiosk-choice", "access-switch");
            switches.put(mode, toggle);
            choices.add(toggle);
        }
        Button close = new Button(getTranslation("access.close"), e -> show(false));
        close.setId("access-close");
        close.addClassNames("kiosk-primary", "access-close");

        Div box = new Div(title, hint, choices, close);
        box.addClassName("access-box");
        box.getElement().setAttribute("role", "dialog");
        box.getElement().setAttribute("aria-modal", "true");
        box.getElement().setAttribute("aria-labelledby", "access-title");
        panel.add(box);
    }

    private void show(boolean shown) {
        if (shown && switches.isEmpty()) {
            buildPanel();
        }
        panel.setVisible(shown);
        open.getElement().setAttribute("aria-expanded", Boolean.toString(shown));
        if (shown) {
            showStates();
            switches.get(AccessMode.LARGE).focus();
        } else {
            open.focus();
            if (ReadAloud.on()) {
                ReadAloud.readScreen(UI.getCurrent());
            }
        }
    }

    private void flip(AccessMode mode) {
        UI ui = UI.getCurrent();
        boolean on = !AccessMode.current().contains(mode);
        AccessMode.set(ui, mode, on);
        showStates();
        if (mode == AccessMode.SPEECH) {
            ReadAloud.sayLine(ui, getTranslation(on ? "speech.switched-on" : "speech.switched-off"));
        }
    }

    /** Each switch says whether it is on: in words (not by colour alone) and with aria-pressed. */
    private void showStates() {
        speak.setVisible(ReadAloud.on());
        switches.forEach((mode, toggle) -> {
            boolean on = AccessMode.current().contains(mode);
            toggle.getElement().setAttribute("aria-pressed", Boolean.toString(on));
            Span state = new Span(getTranslation(on ? "access.on" : "access.off"));
            state.addClassName("access-state");
            toggle.setSuffixComponent(state);
        });
    }
}
