package id.kiosmandiri.staff;

import java.io.Serial;

/** A number typed to find a member that is neither a NIK (16 digits) nor a KPJ (11 digits). */
public class MemberLookupRefusal extends StaffRefusal {

    @Serial
    private static final long serialVersionUID = 1L;

    MemberLookupRefusal(String messageKey) {
        super(messageKey);
    }
}
