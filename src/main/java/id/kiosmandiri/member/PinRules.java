package id.kiosmandiri.member;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What a new PIN must not be, so it is not among the first things somebody standing behind the
 * member would try. Problems come back as message keys ({@code pin.rule.*}), checked in this order:
 * <ol>
 *   <li>{@link #FORMAT}: exactly 6 ASCII digits;</li>
 *   <li>{@link #SAME_DIGITS}: six equal digits ({@code 000000}, {@code 777777});</li>
 *   <li>{@link #RUN}: a run up or down, one step at a time. The run may wrap from 9 to 0 and back
 *       ({@code 890123}, {@code 109876}): on the keypad, as on a phone, that is the same sweep over
 *       the keys, and lists of common PINs hold them too, so they are refused like {@code 123456};</li>
 *   <li>{@link #BIRTH_DATE}: the member's birth date as {@code DDMMYY} or {@code YYMMDD} (the real
 *       date of the member's row, not the NIK's day, which is plus 40 for a woman);</li>
 *   <li>{@link #SAME_AS_OLD}: the PIN the member has now;</li>
 *   <li>{@link #MISMATCH}: the second entry differs from the first.</li>
 * </ol>
 */
public final class PinRules {

    public static final String FORMAT = "pin.rule.format";
    public static final String SAME_DIGITS = "pin.rule.same-digits";
    public static final String RUN = "pin.rule.run";
    public static final String BIRTH_DATE = "pin.rule.birth-date";
    public static final String SAME_AS_OLD = "pin.rule.same-as-old";
    public static final String MISMATCH = "pin.rule.mismatch";

    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private PinRules() {
    }

    /**
     * The first rule a new PIN breaks, before it is typed again.
     *
     * @param birthDate the member's birth date; {@code null} skips that rule
     */
    public static Optional<String> problem(String newPin, String oldPin, LocalDate birthDate) {
        if (Identifiers.validPin(newPin).isEmpty()) {
            return Optional.of(FORMAT);
        }
        if (newPin.chars().distinct().count() == 1) {
            return Optional.of(SAME_DIGITS);
        }
        if (run(newPin, 1) || run(newPin, 9)) { // +1 or -1, modulo 10
            return Optional.of(RUN);
        }
        if (birthDate != null && (newPin.equals(DDMMYY.format(birthDate)) || newPin.equals(YYMMDD.format(birthDate)))) {
            return Optional.of(BIRTH_DATE);
        }
        if (newPin.equals(oldPin)) {
            return Optional.of(SAME_AS_OLD);
        }
        return Optional.empty();
    }

    /** The first rule the new PIN, typed twice, breaks. */
    public static Optional<String> problem(String newPin, String repeated, String oldPin, LocalDate birthDate) {
        return problem(newPin, oldPin, birthDate).or(() -> newPin.equals(repeated) ? Optional.empty() : Optional.of(MISMATCH));
    }

    private static boolean run(String pin, int step) {
        for (int i = 1; i < pin.length(); i++) {
            if ((pin.charAt(i - 1) - '0' + step) % 10 != pin.charAt(i) - '0') {
                return false;
            }
        }
        return true;
    }
}
