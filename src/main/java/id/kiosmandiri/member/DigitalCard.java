package id.kiosmandiri.member;

import java.time.LocalDate;
import java.util.List;

/**
 * The member's digital membership card as the kiosk shows it, like the card in the JMO app: one
 * card per KPJ, oldest JHT start first.
 */
public record DigitalCard(String fullName, MemberStatus status, List<Card> cards) {

    public DigitalCard {
        cards = List.copyOf(cards);
    }

    /**
     * @param kpj          the full KPJ, for the card's QR code only (a scanner at a counter or clinic
     *                     reads it); printed text uses {@code maskedKpj}
     * @param employerName null for a BPU card
     */
    public record Card(String kpj, String maskedKpj, Segment segment, String employerName, LocalDate jhtStart) {
    }
}
