package id.kiosmandiri.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a message on the kiosk's screen by the app's own texts ({@code i18n/messages*.properties}
 * on the classpath, both languages), so the driver tells "wrong PIN" from "locked" from "wait N seconds"
 * without copies of the wording. A {@code {0}} in a text matches anything; its value is group 1.
 */
final class ScreenTexts {

    private static final List<Properties> BUNDLES = List.of(load("i18n/messages.properties"), load("i18n/messages_en.properties"));

    private final List<Pattern> patterns = new ArrayList<>();

    ScreenTexts(String key) {
        for (Properties bundle : BUNDLES) {
            String text = bundle.getProperty(key);
            if (text != null) {
                patterns.add(pattern(text));
            }
        }
        if (patterns.isEmpty()) {
            throw new IllegalStateException("no message '" + key + "' in i18n/messages.properties");
        }
    }

    /** Group 1 is the first argument's value (the only one this driver reads). */
    static Pattern pattern(String messageFormat) {
        StringBuilder regex = new StringBuilder();
        Matcher argument = Pattern.compile("\\{(\\d+)[^}]*}").matcher(messageFormat);
        int at = 0;
        boolean first = true;
        while (argument.find()) {
            regex.append(Pattern.quote(messageFormat.substring(at, argument.start()).replace("''", "'")));
            regex.append(first ? "(.+?)" : ".+?");
            first = false;
            at = argument.end();
        }
        regex.append(Pattern.quote(messageFormat.substring(at).replace("''", "'")));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    boolean matches(String shown) {
        return find(shown).isPresent();
    }

    /** The value of {@code {0}} when {@code shown} is this text ("" when it has no argument). */
    Optional<String> find(String shown) {
        String text = shown == null ? "" : shown.strip();
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                return Optional.of(m.groupCount() > 0 ? m.group(1) : "");
            }
        }
        return Optional.empty();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ScreenTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
