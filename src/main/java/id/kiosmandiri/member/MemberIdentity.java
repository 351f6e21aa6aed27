package id.kiosmandiri.member;

/** How staff pages name a member: the full registered name and the newest card's KPJ, masked. */
public record MemberIdentity(long memberId, String fullName, String maskedKpj) {
}
