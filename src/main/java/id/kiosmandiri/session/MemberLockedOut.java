package id.kiosmandiri.session;

/**
 * A wrong PIN was a member's last guess: the member is locked out. Published by the member module,
 * recorded by this one as {@code lockout:<METHOD>} ({@code lockout:SESSION} when {@code method} is null: a
 * logged-in member confirmed an action with a wrong PIN); no member, no number.
 */
public record MemberLockedOut(String kioskId, LoginMethod method) {
}
