package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import id.kiosmandiri.kiosk.AmountInWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Read aloud (issue 18): the kiosk says what is on the screen through the speech synthesis of the
 * kiosk PC's browser (kiosk.js, {@code window.kioskSpeech}). The server writes every sentence; nothing
 * is read off the page. A screen says its title, what its {@link Spoken} adds (the figures that
 * matter, amounts in words) and its choices, the labels of the buttons on it. A keypad only says how
 * many digits it holds, so a PIN digit, a NIK, a KPJ or a phone number is never spoken, and no
 * screen adds an address or a phone number. Before the first amount of a visit the earphone notice
 * is shown and said, once.
 */
public final class ReadAloud {

    /** A screen that says more than its title and its choices. */
    public interface Spoken {
        /** Adds this screen's figures to what is said, after the title, before the choices. */
        void speak(Script script);
    }

    /** What one screen says, in order. */
    public static final class Script {
        private final Locale locale;
        private final List<String> lines = new ArrayList<>();
        private boolean hasAmount;

        Script(Locale locale) {
            this.locale = locale;
        }

        public Locale locale() {
            return locale;
        }

        /** A sentence as it is: the caller made sure it holds nothing private. */
        public Script say(String sentence) {
            if (sentence != null && !sentence.isBlank()) {
                lines.add(sentence.strip());
            }
            return this;
        }

        /** "label: seratus dua puluh lima ribu rupiah", the amount in words. */
        public Script amount(String label, long rupiah) {
            hasAmount = true;
            return say(label + ": " + AmountInWords.rupiah(rupiah, locale) + ".");
        }

        List<String> lines() {
            return lines;
        }
    }

    static final String NOTICE_ID = "speech-privacy";
    private static final String NOTICE_GIVEN = ReadAloud.class.getName() + ".notice";
    /** A short number, said in words. */
    private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,4}\\b");
    /** A masked or whole identifier, a phone number: never said, whatever a label holds. */
    private static final Pattern PRIVATE = Pattern.compile(".*([*•]|\\d{5,}|\\d{3,}[ .-]\\d{3,}).*", Pattern.DOTALL);

    private ReadAloud() {
    }

    /** Whether the visitor has read aloud switched on. */
    public static boolean on() {
        return AccessMode.current().contains(AccessMode.SPEECH);
    }

    /** Reads the screen shown on this UI: title, figures, what a keypad holds, an alert, the choices. */
    public static void readScreen(UI ui) {
        Script script = new Script(ui.getLocale());
        List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
        Optional<Component> screen = chain.isEmpty() ? Optional.empty()
                : chain.getFirst().getElement().getComponent();
        screen.flatMap(ReadAloud::title).ifPresent(script::say);
        screen.filter(Spoken.class::isInstance).map(Spoken.class::cast).ifPresent(s -> s.speak(script));
        Page page = new Page();
        walk(ui, page);
        page.entries.forEach(entry -> script.say(typedSentence(ui, entry.count, entry.letters)));
        page.alerts.forEach(script::say);
        if (!page.choices.isEmpty()) {
            script.say(ui.getTranslation("speech.choices", String.join(", ", page.choices)) + ".");
        }
        say(ui, script);
    }

    /** Says how many digits or letters an entry holds, never which: after each key. */
    static void typed(UI ui, int count, boolean letters) {
        if (on()) {
            sayLine(ui, typedSentence(ui, count, letters));
        }
    }

    private static String typedSentence(UI ui, int count, boolean letters) {
        String kind = letters ? "speech.typed.letters" : "speech.typed.digits";
        return switch (count) {
            case 0 -> ui.getTranslation(kind + ".none");
            case 1 -> ui.getTranslation(kind + ".one");
            default -> ui.getTranslation(kind, AmountInWords.of(count, ui.getLocale()));
        };
    }

    /** Says one plain sentence, e.g. that read aloud is now on. */
    static void sayLine(UI ui, String sentence) {
        say(ui, new Script(ui.getLocale()).say(sentence));
    }

    /** Stops speaking and forgets the notice: the next visitor hears it again. */
    static void forget(UI ui) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(NOTICE_GIVEN, null);
        }
        ui.getPage().executeJs("window.kioskSpeech && window.kioskSpeech.stop();");
    }

    private static void say(UI ui, Script script) {
        List<String> lines = new ArrayList<>();
        VaadinSession session = VaadinSession.getCurrent();
        if (script.hasAmount && session != null && session.getAttribute(NOTICE_GIVEN) == null) {
            session.setAttribute(NOTICE_GIVEN, Boolean.TRUE);
            String notice = ui.getTranslation("speech.notice");
            lines.add(notice);
            Notification shown = new Notification(notice, 8_000, Notification.Position.BOTTOM_CENTER);
            shown.setId(NOTICE_ID);
            shown.addClassName("speech-notice");
            shown.open();
        }
        script.lines().stream().filter(line -> !PRIVATE.matcher(line).matches())
                .map(line -> inWords(line, ui.getLocale())).forEach(lines::add);
        if (lines.isEmpty()) {
            return;
        }
        String language = "en".equals(ui.getLocale().getLanguage()) ? "en-US" : "id-ID";
        ui.getPage().executeJs("window.kioskSpeech && window.kioskSpeech.say($0, $1);", String.join("\n", lines), language);
    }

    /**
     * The short numbers of a sentence in words ("6 angka" is said "enam angka", a year "dua ribu dua
     * puluh enam"), so the voice never reads out digits one by one; longer ones never get here.
     */
    static String inWords(String sentence, Locale locale) {
        return NUMBER.matcher(sentence).replaceAll(m -> AmountInWords.of(Long.parseLong(m.group()), locale));
    }

    private static Optional<String> title(Component screen) {
        if (screen instanceof H1 h1) {
            return Optional.of(h1.getText());
        }
        return screen.getChildren().filter(ReadAloud::shown).map(ReadAloud::title)
                .flatMap(Optional::stream).findFirst();
    }

    /** A visible component; a text node has no visibility of its own (it says nothing here either). */
    private static boolean shown(Component component) {
        return !component.getElement().isTextNode() && component.isVisible();
    }

    /** What the walk over the screen found. */
    private static final class Page {
        final List<String> choices = new ArrayList<>();
        final List<String> alerts = new ArrayList<>();
        final List<Entry> entries = new ArrayList<>();
    }

    private record Entry(int count, boolean letters) {
    }

    /**
     * Walks the visible components in page order: a keypad or keyboard gives how many it holds
     * (its keys are not read: they would spell out what is typed), a shown alert line its text,
     * a button its label as a choice. The accessibility menu itself is left out.
     */
    private static void walk(Component component, Page page) {
        if (!shown(component) || component instanceof AccessibilityMenu
                || component.getElement().getClassList().contains("speech-skip")) {
            return;
        }
        if (component instanceof NumericKeypad keypad) {
            page.entries.add(new Entry(keypad.value().length(), false));
        } else if (component instanceof OnScreenKeyboard keyboard) {
            page.entries.add(new Entry(keyboard.value().length(), true));
        }
        var classes = component.getElement().getClassList();
        if ("alert".equals(component.getElement().getAttribute("role")) && classes.contains("visible")
                && !classes.contains("faded")) {
            String text = component.getElement().getTextRecursively().strip();
            if (!text.isEmpty()) {
                page.alerts.add(text); // said through say(), which drops a private sentence
            }
        }
        if (component instanceof Button button) {
            String label = Optional.ofNullable(button.getElement().getAttribute("aria-label"))
                    .orElseGet(() -> button.getElement().getTextRecursively()).strip();
            boolean typingKey = label.length() <= 1 || button.hasClassName("keypad-digit")
                    || button.hasClassName("osk-key") && !button.hasClassName("osk-function") && !button.hasClassName("osk-ok");
            if (button.isEnabled() && !typingKey && !PRIVATE.matcher(label).matches()) {
                page.choices.add(label.replaceAll("\\s+", " "));
            }
            return;
        }
        component.getChildren().forEach(child -> walk(child, page));
    }
}
