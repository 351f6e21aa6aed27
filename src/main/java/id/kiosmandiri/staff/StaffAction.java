package id.kiosmandiri.staff;

/** What the staff audit records. */
public enum StaffAction {
    /** A successful login. */
    LOGIN,
    /** A wrong password, an unknown username or a disabled account (the detail says which; the login page does not). */
    LOGIN_FAILED,
    /** A login refused unchecked because of earlier failures for the username or from the address. */
    LOGIN_THROTTLED,
    LOGOUT,
    /** The session ended after the idle timeout. */
    SESSION_TIMEOUT,
    /** A page or service call the account's role does not allow. */
    ACCESS_DENIED,
    ACCOUNT_CREATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    PASSWORD_RESET,
    /** Figures taken out of the system (the analytics CSV): the detail says which scope and range, never a member's data. */
    EXPORT,
    /** A staff member took a member's call for help ("Panggil petugas"): detail branch, queue number and topic. */
    HELP_TAKEN,
    /** A staff member closed a call for help they had taken: detail branch, queue number and topic. */
    HELP_CLOSED,
    /** A member's contact change approved and applied (detail: request id, field, branch; never the values). */
    CHANGE_APPROVED,
    /** A member's contact change rejected with a reason (detail: request id, field, branch; never the values). */
    CHANGE_REJECTED,
    /** A member looked up by NIK or KPJ (to unlock their PIN): the detail has the number masked and the member id only. */
    MEMBER_LOOKUP,
    /** A member's PIN lock lifted at the counter: the detail has the number masked and the member id only. */
    MEMBER_UNLOCKED,
    /** A one-time enrolment code made for a kiosk (detail: the kiosk; never the code). */
    KIOSK_ENROLMENT_CODE,
    /** A kiosk's enrolled device revoked: it serves no member until enrolled again (detail: the kiosk). */
    KIOSK_REVOKED
}
