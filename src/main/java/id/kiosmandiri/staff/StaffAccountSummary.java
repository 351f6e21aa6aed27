package id.kiosmandiri.staff;

import java.time.Instant;

/** An account as the accounts screen lists it: never its password hash. */
public record StaffAccountSummary(long id, String username, String displayName, StaffRole role, String branchCode,
                                  boolean enabled, Instant createdAt) {
}
