package id.kiosmandiri.session;

/** Why a member's kiosk session ended: recorded for the dashboard. */
public enum SessionEndReason {
    /** The member pressed Keluar. */
    LOGOUT,
    /** No input until the idle timeout. */
    IDLE,
    /** Logged out after printing, on kiosks configured so. */
    PRINT,
    /** Something failed and the kiosk started over. */
    ERROR
}
