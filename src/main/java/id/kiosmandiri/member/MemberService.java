package id.kiosmandiri.member;

import id.kiosmandiri.employer.EmployerNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Objects;
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

    /** The member's phone, email and address as stored, in full (screens shorten the address). */
    public Contacts contacts(Long memberId) {
        Member member = members.findById(memberId).orElseThrow();
        return new Contacts(member.getPhone(), member.getEmail(), member.getAddress());
    }

    /**
     * Sets one contact detail to {@code newValue}, but only while it still is {@code expectedOldValue}
     * (both may be {@code null}): a change approved by staff was asked for against the value the
     * member saw then. The member's row is locked for the comparison, and the change joins the
     * caller's transaction (there must be one: the caller stores its own decision in it, so both
     * happen or neither does).
     *
     * @return {@code false} when the value changed meanwhile: then nothing was changed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean changeContact(Long memberId, ContactField field, String expectedOldValue, String newValue) {
        Member member = members.findForUpdate(memberId).orElseThrow();
        Contacts now = new Contacts(member.getPhone(), member.getEmail(), member.getAddress());
        if (!Objects.equals(now.get(field), expectedOldValue)) {
            return false;
        }
        Contacts changed = now.with(field, newValue);
        member.setContact(changed.phone(), changed.email(), changed.address());
        return true;
    }

    /** Full names and masked KPJs of several members, for staff lists: two queries for any number. */
    public Map<Long, MemberIdentity> identities(Collection<Long> memberIds) {
        Map<Long, MemberIdentity> found = new HashMap<>();
        if (memberIds.isEmpty()) {
            return found;
        }
        Map<Long, String> kpjs = new HashMap<>();
        Map<Long, MembershipCard> newest = new HashMap<>();
        for (MembershipCard card : cards.findByMemberIdIn(memberIds)) {
            newest.merge(card.getMemberId(), card, (a, b) -> a.getIssuedAt().isAfter(b.getIssuedAt()) ? a : b);
        }
        newest.forEach((id, card) -> kpjs.put(id, Identifiers.mask(card.getKpj())));
        for (Member member : members.findAllById(memberIds)) {
            found.put(member.getId(), new MemberIdentity(member.getId(), member.getFullName(), kpjs.getOrDefault(member.getId(), "")));
        }
        return found;
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
