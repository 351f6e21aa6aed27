package id.kiosmandiri.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;

import java.util.Locale;

/** Bahasa Indonesia or English on staff pages (the kiosk shell has its own toggle; the two shells share nothing). */
class StaffLanguageToggle extends Button {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    StaffLanguageToggle() {
        setId("staff-lang");
        setText(getTranslation("lang.toggle"));
        getElement().setAttribute("aria-label", getTranslation("lang.toggle.label"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("staff-lang");
        addClickListener(e -> {
            UI ui = UI.getCurrent();
            Locale next = Locale.ENGLISH.getLanguage().equals(ui.getLocale().getLanguage()) ? INDONESIAN : Locale.ENGLISH;
            VaadinSession.getCurrent().setLocale(next);
            ui.setLocale(next);
            ui.refreshCurrentRoute(true);
        });
    }
}
