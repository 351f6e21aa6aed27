package id.kiosmandiri.demo;

import id.kiosmandiri.staff.StaffAccountSeed;
import id.kiosmandiri.staff.StaffRole;

import java.util.Arrays;
import java.util.List;

/**
 * The demo's staff accounts, listed in the README. They are made only together with the demo data
 * (a new embedded database, or an external one only when forced), and only when the database has
 * no staff account at all.
 */
public enum DemoStaffLogin {
    ADMIN("admin", "admin-demo", "Admin Kantor Pusat", StaffRole.ADMIN, null),
    SALEMBA("salemba", "salemba-demo", "Petugas Salemba", StaffRole.BRANCH_STAFF, "JKTSALEMBA"),
    BANDUNG("bandung", "bandung-demo", "Petugas Bandung Suci", StaffRole.BRANCH_STAFF, "BDGSUCI");

    private final String username;
    private final String password;
    private final String displayName;
    private final StaffRole role;
    private final String branchCode;

    DemoStaffLogin(String username, String password, String displayName, StaffRole role, String branchCode) {
        this.username = username;
        this.password = password;
        this.displayName = displayName;
        this.role = role;
        this.branchCode = branchCode;
    }

    public String username() { return username; }
    public String password() { return password; }
    public String displayName() { return displayName; }
    public StaffRole role() { return role; }
    public String branchCode() { return branchCode; }

    static List<StaffAccountSeed> seeds() {
        return Arrays.stream(values()).map(l -> new StaffAccountSeed(l.username, l.password, l.displayName, l.role, l.branchCode))
                .toList();
    }
}
