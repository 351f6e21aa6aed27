package id.kiosmandiri.kiosk;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the card reader typed: a card's UID (matching {@code kiosk.card.uid-pattern}, by default
 * 8 to 16 ASCII digits, like the demo cards' {@code 0004512345}) or the KPJ printed on cards that
 * carry only that (11 ASCII digits). Anything else is no card and goes no further than this.
 */
@Component
public class CardReads {

    /** Longer than any card number: refused before the pattern is even tried. */
    static final int MAX_LENGTH = 64;
    private static final Pattern KPJ = Pattern.compile("[0-9]{11}");

    private final Pattern uid;

    @Autowired
    public CardReads(KioskProperties properties) {
        this.uid = properties.card().uidPattern(); // a regular expression already: checked at binding
    }

    public CardReads(String uidPattern) {
        try {
            this.uid = Pattern.compile(uidPattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("kiosk.card.uid-pattern is not a regular expression: " + e.getDescription(), e);
        }
    }

    /** The card number when the read is a card, else empty. */
    public Optional<String> parse(String read) {
        if (read == null || read.isEmpty() || read.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return KPJ.matcher(read).matches() || uid.matcher(read).matches() ? Optional.of(read) : Optional.empty();
    }
}
