package id.kiosmandiri.staff;

/** An account with a known password, made at start-up only when there are no staff accounts (the demo's). */
public record StaffAccountSeed(String username, String password, String displayName, StaffRole role, String branchCode) {
}
