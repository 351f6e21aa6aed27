package id.kiosmandiri.staff;

import java.io.Serial;

/** A decision on a change request that was not made, e.g. {@code staff.approvals.error.already-decided}. */
public class ApprovalRefusal extends StaffRefusal {

    @Serial
    private static final long serialVersionUID = 1L;

    ApprovalRefusal(String messageKey) {
        super(messageKey);
    }
}
