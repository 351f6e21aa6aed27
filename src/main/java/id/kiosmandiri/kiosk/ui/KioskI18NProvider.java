package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every kiosk text comes from {@code i18n/messages*.properties}: Bahasa Indonesia in the base
 * file, English in {@code _en}. No fallback to the JVM's locale, so Indonesian stays the default.
 */
@Component
public class KioskI18NProvider implements I18NProvider {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "i18n/messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(INDONESIAN, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? ENGLISH : INDONESIAN;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, effective, NO_FALLBACK);
        try {
            String text = bundle.getString(key);
            return params.length == 0 ? text : new MessageFormat(text, effective).format(params);
        } catch (MissingResourceException e) {
            return "!" + key; // visible in screenshots and caught by the bundle test
        }
    }
}
