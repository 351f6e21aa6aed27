package id.kiosmandiri.member;

import java.time.LocalDate;
import java.util.List;

/**
 * Who a printed receipt is for, as much as paper may carry: the full name, NIK and KPJ masked with
 * {@code *} (never in full), no birth date, address, phone or PIN.
 *
 * @param maskedKpj       the card most recently issued (the one the member most likely carries)
 * @param branchCode      the branch office the member is registered at
 * @param currentEmployer null for a member without a current employment (BPU, or no longer working)
 * @param cards           oldest JHT start first
 */
public record ReceiptHolder(Long memberId, String fullName, String maskedNik, String maskedKpj, MemberStatus status,
                            Segment segment, String branchCode, String currentEmployer, List<Card> cards) {

    public ReceiptHolder {
        cards = List.copyOf(cards);
    }

    /**
     * One card as the yearly statement heads it.
     *
     * @param employerName null for a BPU card
     * @param jpStart      null when the card has no JP membership (BPU)
     */
    public record Card(Long cardId, String maskedKpj, Segment segment, String employerName, LocalDate jhtStart,
                       LocalDate jpStart, boolean merged) {
    }
}
