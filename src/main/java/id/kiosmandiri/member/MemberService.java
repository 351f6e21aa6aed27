package id.kiosmandiri.member;

import id.kiosmandiri.employer.EmployerNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
public class MemberService {

    private final MemberRepository members;
    private final MembershipCardRepository cards;
    private final EmploymentRepository employments;
    private final EmployerNames employers;
    private final Clock clock;

    MemberService(MemberRepository members, MembershipCardRepository cards, EmploymentRepository employments,
                  EmployerNames employers, Clock clock) {
        this.clock = clock;
        this.members = members;
        this.cards = cards;
        this.employments = employments;
        this.employers = employers;
    }

    public MemberSummary summary(Long memberId) {
        Member member = members.findById(memberId).orElseThrow();
        List<MembershipCard> memberCards = cards.findByMemberIdOrderByJhtStartAsc(memberId);
        // the card most recently issued is the one the member is most likely to carry
        String maskedKpj = memberCards.stream().max(Comparator.comparing(MembershipCard::getIssuedAt))
                .map(c -> Identifiers.mask(c.getKpj())).orElse("");
        String employer = employments.findCurrent(memberId).stream().findFirst()
                .flatMap(e -> employers.nameOf(e.getEmployerId())).orElse(null);
        return new MemberSummary(memberId, member.getFirstName(), maskedKpj, member.getStatus(), member.getSegment(),
                employer, memberCards.size());
    }

    /** The member's cards, oldest JHT start first, each with its employer's name. */
    public List<MemberCard> cards(Long memberId) {
        List<MembershipCard> memberCards = cards.findByMemberIdOrderByJhtStartAsc(memberId);
        Map<Long, String> employerNames = employers.namesOf(memberCards.stream().map(MembershipCard::getEmployerId).toList());
        return memberCards.stream()
                .map(c -> new MemberCard(c.getId(), Identifiers.mask(c.getKpj()), employerNames.get(c.getEmployerId()),
                        c.isMerged()))
                .toList();
    }

    /** The member as a printed receipt names them: full name, NIK and KPJ masked with {@code *}, the cards. */
    public ReceiptHolder holder(Long memberId) {
        Member member = members.findById(memberId).orElseThrow();
        List<MembershipCard> memberCards = cards.findByMemberIdOrderByJhtStartAsc(memberId);
        Map<Long, String> employerNames = employers.namesOf(memberCards.stream().map(MembershipCard::getEmployerId).toList());
        String maskedKpj = memberCards.stream().max(Comparator.comparing(MembershipCard::getIssuedAt))
                .map(c -> Identifiers.mask(c.getKpj(), '*')).orElse("");
        String employer = employments.findCurrent(memberId).stream().findFirst()
                .flatMap(e -> employers.nameOf(e.getEmployerId())).orElse(null);
        List<ReceiptHolder.Card> holderCards = memberCards.stream()
                .map(c -> new ReceiptHolder.Card(c.getId(), Identifiers.mask(c.getKpj(), '*'), c.getSegment(),
                        employerNames.get(c.getEmployerId()), c.getJhtStart(), c.getJpStart(), c.isMerged()))
                .toList();
        return new ReceiptHolder(memberId, member.getFullName(), Identifiers.mask(member.getNik(), '*'), maskedKpj,
                member.getStatus(), member.getSegment(), member.getBranchCode(), employer, holderCards);
    }

    public MemberStatus status(Long memberId) {
        return members.findById(memberId).orElseThrow().getStatus();
    }

    /** The member's digital card: name, status and every KPJ (the full one for the QR code only). */
    public DigitalCard digitalCard(Long memberId) {
        Member member = members.findById(memberId).orElseThrow();
        List<MembershipCard> memberCards = cards.findByMemberIdOrderByJhtStartAsc(memberId);
        Map<Long, String> employerNames = employers.namesOf(memberCards.stream().map(MembershipCard::getEmployerId).toList());
        return new DigitalCard(member.getFullName(), member.getStatus(), memberCards.stream()
                .map(c -> new DigitalCard.Card(c.getKpj(), Identifiers.mask(c.getKpj()), c.getSegment(),
                        employerNames.get(c.getEmployerId()), c.getJhtStart()))
                .toList());
    }

    /**
     * A member found by the NIK (16 digits) or a KPJ (11 digits) staff typed, with their PIN's lock;
     * empty for any other input or nobody. The caller checks who may look and audits the look-up.
     */
    public Optional<MemberPinLock> pinLock(String nikOrKpj) {
        Optional<Member> found;
        if (Identifiers.validKpj(nikOrKpj).isPresent()) {
            found = cards.findMemberIdByKpj(nikOrKpj).flatMap(members::findById);
        } else if (nikOrKpj != null && nikOrKpj.length() == Identifiers.NIK_LENGTH && Identifiers.asciiDigits(nikOrKpj)) {
            found = members.findByNik(nikOrKpj);
        } else {
            found = Optional.empty();
        }
        Instant now = clock.instant();
        return found.map(m -> new MemberPinLock(m.getId(), m.getFullName(), Identifiers.mask(m.getNik()),
                cards.findByMemberIdOrderByJhtStartAsc(m.getId()).stream().map(c -> Identifiers.mask(c.getKpj())).toList(),
                m.getBranchCode(), m.getFailedPinCount(),
                m.getLockedUntil() != null && m.getLockedUntil().isAfter(now) ? m.getLockedUntil() : null));
    }
}
