package id.kiosmandiri.member;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * NIK, KPJ and NPP rules (../shared/DOMAIN.md). Problems come back as resource-bundle keys
 * ({@code id.error.*}), so the kiosk says them in the member's language.
 */
public final class Identifiers {

    public static final int NIK_LENGTH = 16;
    public static final int KPJ_LENGTH = 11;
    public static final int NPP_LENGTH = 8;

    /** Province codes in use (Dukcapil): 11 Aceh ... 31 DKI Jakarta ... 9x Papua provinces. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
            "31", "32", "33", "34", "35", "36",
            "51", "52", "53",
            "61", "62", "63", "64", "65",
            "71", "72", "73", "74", "75", "76",
            "81", "82",
            "91", "92", "93", "94", "95", "96", "97");

    public static final int PIN_LENGTH = 6;

    private Identifiers() {
    }

    /**
     * ASCII digits 0-9 only. {@code Character.isDigit} would also accept every other script's digits
     * (Arabic-Indic, Devanagari, fullwidth ...), which no NIK, KPJ or PIN contains.
     */
    public static boolean asciiDigits(String s) {
        return s != null && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The NIK when it is one (16 ASCII digits with a valid structure), else empty. */
    public static Optional<String> validNik(String nik, LocalDate today) {
        return nik != null && nik.length() == NIK_LENGTH && nikProblem(nik, today).isEmpty() ? Optional.of(nik) : Optional.empty();
    }

    /** The KPJ when it is one (11 ASCII digits), else empty. */
    public static Optional<String> validKpj(String kpj) {
        return kpj != null && kpj.length() == KPJ_LENGTH && asciiDigits(kpj) ? Optional.of(kpj) : Optional.empty();
    }

    /** The PIN when it is one (6 ASCII digits), else empty. */
    public static Optional<String> validPin(String pin) {
        return pin != null && pin.length() == PIN_LENGTH && asciiDigits(pin) ? Optional.of(pin) : Optional.empty();
    }

    /** What a NIK says about its holder. */
    public record NikFacts(String province, LocalDate birthDate, Gender gender) {
    }

    /**
     * Checks a NIK. A women's birth day is stored plus 40. The two-digit year is read as the most
     * recent year not after {@code today}.
     *
     * @return empty when valid, else the message key of the first problem
     */
    public static Optional<String> nikProblem(String nik, LocalDate today) {
        if (nik == null || nik.isEmpty()) {
            return Optional.of("id.error.nik.empty");
        }
        if (!asciiDigits(nik)) {
            return Optional.of("id.error.digits-only");
        }
        if (nik.length() != NIK_LENGTH) {
            return Optional.of("id.error.nik.length");
        }
        if (!PROVINCES.contains(nik.substring(0, 2))) {
            return Optional.of("id.error.nik.province");
        }
        if (nikFacts(nik, today).isEmpty()) {
            return Optional.of("id.error.nik.birthdate");
        }
        if ("0000".equals(nik.substring(12))) {
            return Optional.of("id.error.nik.serial");
        }
        return Optional.empty();
    }

    /**
     * A problem with a NIK typed so far (fewer than 16 digits): only what can already be known,
     * so the member is told early but not nagged while typing.
     */
    public static Optional<String> partialNikProblem(String prefix, LocalDate today) {
        if (!asciiDigits(prefix)) {
            return Optional.of("id.error.digits-only");
        }
        if (prefix.length() >= 2 && !PROVINCES.contains(prefix.substring(0, 2))) {
            return Optional.of("id.error.nik.province");
        }
        if (prefix.length() > NIK_LENGTH) {
            return Optional.of("id.error.nik.length");
        }
        if (prefix.length() >= 12) {
            String padded = prefix.substring(0, 12) + "0001";
            if (nikFacts(padded, today).isEmpty()) {
                return Optional.of("id.error.nik.birthdate");
            }
        }
        return Optional.empty();
    }

    public static Optional<NikFacts> nikFacts(String nik, LocalDate today) {
        if (nik == null || nik.length() != NIK_LENGTH || !asciiDigits(nik)) {
            return Optional.empty();
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        Gender gender = Gender.M;
        if (day > 40) {
            day -= 40;
            gender = Gender.F;
        }
        int century = (yy <= today.getYear() % 100) ? today.getYear() / 100 * 100 : (today.getYear() / 100 - 1) * 100;
        try {
            LocalDate birth = LocalDate.of(century + yy, month, day);
            if (birth.isAfter(today)) {
                return Optional.empty();
            }
            return Optional.of(new NikFacts(nik.substring(0, 2), birth, gender));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public static Optional<String> kpjProblem(String kpj) {
        if (kpj == null || kpj.isEmpty()) {
            return Optional.of("id.error.kpj.empty");
        }
        if (!asciiDigits(kpj)) {
            return Optional.of("id.error.digits-only");
        }
        if (kpj.length() != KPJ_LENGTH) {
            return Optional.of("id.error.kpj.length");
        }
        return Optional.empty();
    }

    /** NPP as written on paper: 8 digits, a slash, the 3-digit division ({@code 12345678/000}). */
    public static Optional<String> nppProblem(String npp) {
        if (npp == null || !npp.matches("\\d{8}/\\d{3}")) {
            return Optional.of("id.error.npp.format");
        }
        return Optional.empty();
    }

    /** Masks all but the last 4 characters: {@code ••••••••••••1234}. */
    public static String mask(String identifier) {
        return mask(identifier, '•');
    }

    /**
     * Masks all but the last 4 characters with {@code hidden}: paper takes {@code '*'}
     * ({@code *******0017}), as a thermal printer's code page has no bullet.
     */
    public static String mask(String identifier, char hidden) {
        if (identifier == null) {
            return "";
        }
        int visible = Math.min(4, identifier.length());
        return String.valueOf(hidden).repeat(identifier.length() - visible) + identifier.substring(identifier.length() - visible);
    }
}
