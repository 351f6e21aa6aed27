package id.kiosmandiri.session;


/**
 * A member's PIN was right at a kiosk: published by the member module, recorded by this one (the
 * session module owns the usage records, so the type lives here and the arrow stays member -> session).
 * Carries no personal data: the usage records keep only how.
 */
public record MemberLoggedIn(String kioskId, LoginMethod method) {
}
