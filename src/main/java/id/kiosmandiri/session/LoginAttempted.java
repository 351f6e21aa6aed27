package id.kiosmandiri.session;

/**
 * A login attempt was counted at a kiosk (before its PIN was checked; a right PIN also publishes
 * {@link MemberLoggedIn}). No number, no PIN, no member.
 */
public record LoginAttempted(String kioskId) {
}
