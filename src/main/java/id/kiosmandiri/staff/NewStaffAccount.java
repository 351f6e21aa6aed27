package id.kiosmandiri.staff;

/**
 * What the admin types to create an account; the password is made by the application and shown
 * once. {@code branchCode} is required for branch staff and may be empty for an admin.
 */
public record NewStaffAccount(String username, String displayName, StaffRole role, String branchCode) {
}
