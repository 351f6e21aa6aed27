package id.kiosmandiri.member;

/** A member's contact detail that the member may ask to change at a kiosk (staff approve it). */
public enum ContactField {
    PHONE,
    EMAIL,
    ADDRESS
}
