package id.kiosmandiri.staff;

import java.io.Serial;

/** An account change that cannot be made, e.g. {@code staff.accounts.error.username-taken}. */
public class StaffAccountException extends StaffRefusal {

    @Serial
    private static final long serialVersionUID = 1L;

    StaffAccountException(String messageKey) {
        super(messageKey);
    }
}
