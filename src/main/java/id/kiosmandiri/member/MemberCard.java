package id.kiosmandiri.member;

/** One of a member's cards (KPJ numbers) as other modules see it: the KPJ masked, never in full. */
public record MemberCard(Long cardId, String maskedKpj, String employerName, boolean merged) {
}
