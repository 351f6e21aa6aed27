package id.kiosmandiri.member;

/** What the home screen shows of a member, nothing more: no NIK, no address. */
public record MemberSummary(Long memberId, String firstName, String maskedKpj, MemberStatus status, Segment segment,
                            String currentEmployer, int cardCount) {
}
