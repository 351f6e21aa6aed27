package id.kiosmandiri.staff;

import java.io.Serial;

/**
 * A take or close of an assistance request that is refused, e.g. {@code staff.help.error.taken}
 * with the username of whoever took it first as {@link #argument()}. Nothing was changed.
 */
public class HelpRequestRefusal extends StaffRefusal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String argument;

    HelpRequestRefusal(String messageKey, String argument) {
        super(messageKey);
        this.argument = argument == null ? "" : argument;
    }

    /** The message's one parameter (may be empty). */
    public String argument() {
        return argument;
    }
}
