package id.kiosmandiri.profile;

import id.kiosmandiri.member.ContactField;

import java.time.Instant;

/** A request waiting for staff, with everything staff need to decide it: values in full, the member named. */
public record PendingChange(long id, String kioskId, String branchCode, Instant requestedAt, long memberId,
                            String memberName, String maskedKpj, ContactField field, String oldValue, String newValue) {
}
