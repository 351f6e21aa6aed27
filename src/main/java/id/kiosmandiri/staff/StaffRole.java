package id.kiosmandiri.staff;

/**
 * What a staff account may do. {@code BRANCH_STAFF} sees its own branch only; {@code ADMIN} sees
 * every branch and keeps the staff accounts. As Spring Security roles: {@code ROLE_BRANCH_STAFF},
 * {@code ROLE_ADMIN} ({@code @RolesAllowed} names them without the prefix).
 */
public enum StaffRole {
    BRANCH_STAFF, ADMIN;

    /** The names for {@code @RolesAllowed}, as constants an annotation can use. */
    public static final String BRANCH_STAFF_ROLE = "BRANCH_STAFF";
    public static final String ADMIN_ROLE = "ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }
}
