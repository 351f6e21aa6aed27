package id.kiosmandiri.staff;

import java.time.Instant;

/** One row of the staff audit. */
public record AuditEntry(long id, Instant occurredAt, String username, StaffAction action, String detail,
                         String branchCode, String clientAddress) {
}
