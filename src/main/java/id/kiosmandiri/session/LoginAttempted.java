package id.kiosmandiri.session;

/**
 * A login attempt was counted at a kiosk (before its PIN was checked; a right PIN also publishes
 * {@link MemberLoggedIn}). No number, no PIN, no member: only how the number was given, so the
 * dashboard counts failed logins per method as attempts minus accepted PINs. {@code method} is
 * null in events published before it existed (still in the publication registry after an upgrade).
 */
public record LoginAttempted(String kioskId, LoginMethod method) {
}
