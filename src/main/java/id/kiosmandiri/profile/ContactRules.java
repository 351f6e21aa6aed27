package id.kiosmandiri.profile;

import id.kiosmandiri.member.ContactField;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a member may give as a new phone, email or address, and in which form it is stored. Pure:
 * no database, no clock. A refusal names a message key ({@code update.error.*}) for the screen;
 * nothing is stored for it.
 *
 * <ul>
 *   <li>Phone: an Indonesian mobile number, stored as {@code 08…} with 10 to 13 digits. The keypad
 *       types {@code 08…}; the international form {@code +628…} is accepted as text (e.g. from
 *       another channel) and stored as {@code 08…}. Digits only otherwise: no spaces, no dashes.</li>
 *   <li>Email: {@code local@domain.tld}, at most 160 characters, stored in lower case.</li>
 *   <li>Address: 10 to 255 characters of ASCII letters, digits, space and {@code . , - /};
 *       leading and trailing spaces dropped, inner runs of spaces made one.</li>
 *   <li>Any control or invisible format character (newline, tab, zero-width, direction marks) is
 *       refused outright, in every field.</li>
 *   <li>The same value as stored now is refused: there is nothing to change.</li>
 * </ul>
 */
public final class ContactRules {

    public static final int PHONE_MAX = 13;
    public static final int EMAIL_MAX = 160;
    public static final int ADDRESS_MIN = 10;
    public static final int ADDRESS_MAX = 255;
    /** The address on screen: at most this many characters, then "…" ({@link #shortAddress}). */
    static final int ADDRESS_SHOWN = 20;
    static final int ADDRESS_WORDS_KEPT = 8;

    private static final Pattern PHONE = Pattern.compile("08[0-9]{8,11}");
    private static final Pattern INTERNATIONAL_PHONE = Pattern.compile("\\+628[0-9]{1,20}");
    private static final Pattern EMAIL = Pattern.compile(
            "[a-z0-9_%+-]+(\\.[a-z0-9_%+-]+)*@([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,24}");
    private static final int EMAIL_LOCAL_MAX = 64;
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9 .,/-]+");
    private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile(".*[A-Za-z0-9].*");

    private ContactRules() {
    }

    /** The outcome of a check: the value to store, or why not. */
    public sealed interface Outcome {
        /** The value as it will be stored (normalised). */
        record Valid(String value) implements Outcome {
        }

        /** Refused; {@code messageKey} says why in the member's language. */
        record Refused(String messageKey) implements Outcome {
        }
    }

    /**
     * Checks a new value for {@code field} against the rules and the member's {@code current}
     * value (may be {@code null}).
     */
    public static Outcome check(ContactField field, String input, String current) {
        if (input == null || input.isBlank()) {
            return new Outcome.Refused("update.error.empty");
        }
        if (hasControlCharacter(input)) {
            return new Outcome.Refused("update.error.control");
        }
        Outcome outcome = switch (field) {
            case PHONE -> phone(input.strip());
            case EMAIL -> email(input.strip());
            case ADDRESS -> address(input);
        };
        if (outcome instanceof Outcome.Valid(String value) && Objects.equals(value, normalisedCurrent(field, current))) {
            return new Outcome.Refused("update.error.same");
        }
        return outcome;
    }

    private static Outcome phone(String input) {
        String phone = INTERNATIONAL_PHONE.matcher(input).matches() ? "0" + input.substring(3) : input;
        return PHONE.matcher(phone).matches() ? new Outcome.Valid(phone) : new Outcome.Refused("update.error.phone");
    }

    private static Outcome email(String input) {
        String email = input.toLowerCase(Locale.ROOT);
        if (email.length() > EMAIL_MAX) {
            return new Outcome.Refused("update.error.email-length");
        }
        int at = email.indexOf('@');
        if (!EMAIL.matcher(email).matches() || at > EMAIL_LOCAL_MAX) {
            return new Outcome.Refused("update.error.email");
        }
        return new Outcome.Valid(email);
    }

    private static Outcome address(String input) {
        String address = input.strip().replaceAll(" {2,}", " ");
        if (!ADDRESS.matcher(address).matches()) {
            return new Outcome.Refused("update.error.address-characters");
        }
        if (address.length() < ADDRESS_MIN || address.length() > ADDRESS_MAX || !HAS_LETTER_OR_DIGIT.matcher(address).matches()) {
            return new Outcome.Refused("update.error.address-length");
        }
        return new Outcome.Valid(address);
    }

    /** The stored value as a new one would be stored, so "the same" compares like with like. */
    private static String normalisedCurrent(ContactField field, String current) {
        if (current == null) {
            return null;
        }
        return switch (field) {
            case PHONE -> current.startsWith("+62") ? "0" + current.substring(3) : current.strip();
            case EMAIL -> current.strip().toLowerCase(Locale.ROOT);
            case ADDRESS -> current.strip().replaceAll(" {2,}", " ");
        };
    }

    /**
     * Control characters (Cc), invisible format characters (Cf: zero-width, direction marks), and
     * unpaired surrogates (Cs: no character at all, which the database would store as '?').
     */
    static boolean hasControlCharacter(String input) {
        return input.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.SURROGATE);
    }

    /**
     * The address as a kiosk screen may show it: the full address never shows. At most its first
     * {@value #ADDRESS_SHOWN} characters and never more than half of it, cut back to the last whole
     * word when that leaves at least {@value #ADDRESS_WORDS_KEPT} characters, then "…": enough for
     * the member to recognise the street ("Jl. Salemba Raya…"), while the house number and the rest
     * (village, city) stay hidden from whoever stands behind them. {@code null} stays {@code null}.
     */
    public static String shortAddress(String address) {
        if (address == null) {
            return null;
        }
        String a = address.strip();
        String shown = a.substring(0, Math.min(ADDRESS_SHOWN, a.length() / 2)).stripTrailing();
        int lastSpace = shown.lastIndexOf(' ');
        if (lastSpace >= ADDRESS_WORDS_KEPT) {
            shown = shown.substring(0, lastSpace);
        }
        return shown.replaceAll("[ .,/-]+$", "") + "…";
    }

    /** How a value of {@code field} may show on a kiosk screen: the address shortened, the others as they are. */
    public static String shown(ContactField field, String value) {
        return field == ContactField.ADDRESS ? shortAddress(value) : value;
    }
}
