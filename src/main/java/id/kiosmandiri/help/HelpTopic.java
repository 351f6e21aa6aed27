package id.kiosmandiri.help;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a member needs help with: the frequent problems, each with a short answer on the kiosk, and "other". */
public enum HelpTopic {
    CARD_MERGE, DATA_MISMATCH, EMPLOYER_UNPAID, PIN, JHT_CLAIM, MOBILE_APP, OTHER;

    /** Its name in element ids, message keys, the database and the usage events: {@code card-merge}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<HelpTopic> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }
}
