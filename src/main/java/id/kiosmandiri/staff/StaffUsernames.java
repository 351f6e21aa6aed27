package id.kiosmandiri.staff;

import java.util.Locale;
import java.util.regex.Pattern;

/** One rule for staff usernames, used when accounts are made and when someone logs in. */
final class StaffUsernames {

    /** 3-32 characters: lower-case ASCII letters and digits, '.', '_' or '-', starting with a letter or digit. */
    static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    private StaffUsernames() {
    }

    /** What was typed, trimmed and lower-cased (ASCII rules, whatever the server's locale). */
    static String normalize(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    static boolean valid(String username) {
        return username != null && VALID.matcher(username).matches();
    }
}
