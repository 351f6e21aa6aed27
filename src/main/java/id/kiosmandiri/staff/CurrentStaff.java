package id.kiosmandiri.staff;

/**
 * The staff member acting now, and from where: what every staff service takes, so it can decide
 * what this person may see (branch isolation lives in the services, not only in the views) and
 * write who did what to the audit.
 *
 * @param branchCode    the account's branch; {@code null} for an admin without one
 * @param clientAddress the address the current request came from (the proxy's forwarded one when trusted)
 */
public record CurrentStaff(long accountId, String username, String displayName, StaffRole role, String branchCode,
                           String clientAddress) {

    public boolean admin() {
        return role == StaffRole.ADMIN;
    }

    /** Whether this person may see the data of a branch: an admin every branch, branch staff only their own. */
    public boolean sees(String branch) {
        return admin() || (branchCode != null && branchCode.equals(branch));
    }
}
