package id.kiosmandiri.kiosk;

/** What a kiosk shows right now, as the staff fleet page says it: never which member. */
public enum KioskState {
    /** No member session: the attract or login screen. */
    ATTRACT,
    /** A member is logged in. */
    MEMBER,
    /** A member is logged in and the idle warning ("Masih di sana?") counts down. */
    WARNING
}
