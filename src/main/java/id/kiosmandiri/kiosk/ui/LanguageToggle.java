package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;

import java.util.Locale;

/** Switches between Bahasa Indonesia and English; shown on every screen. */
public class LanguageToggle extends Button {

    public LanguageToggle() {
        setId("lang-toggle");
        addClassName("lang-toggle");
        setText(getTranslation("lang.toggle"));
        getElement().setAttribute("aria-label", getTranslation("lang.toggle.label"));
        addClickListener(e -> switchLanguage());
    }

    private void switchLanguage() {
        UI ui = UI.getCurrent();
        Locale next = KioskI18NProvider.ENGLISH.getLanguage().equals(ui.getLocale().getLanguage())
                ? KioskI18NProvider.INDONESIAN : KioskI18NProvider.ENGLISH;
        VaadinSession.getCurrent().setLocale(next);
        ui.setLocale(next);
        // the whole route chain: the member layout around a screen (Keluar, Menu utama, this
        // toggle) is built in the old language too
        ui.refreshCurrentRoute(true);
    }
}
