package id.kiosmandiri.member;

import id.kiosmandiri.employer.Employer;
import id.kiosmandiri.employer.EmployerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;

@Service
@Transactional(readOnly = true)
public class MemberService {

    private final MemberRepository members;
    private final MembershipCardRepository cards;
    private final EmploymentRepository employments;
    private final EmployerRepository employers;

    MemberService(MemberRepository members, MembershipCardRepository cards, EmploymentRepository employments,
                  EmployerRepository employers) {
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
                .flatMap(e -> employers.findById(e.getEmployerId())).map(Employer::getName).orElse(null);
        return new MemberSummary(memberId, member.getFirstName(), maskedKpj, member.getStatus(), member.getSegment(),
                employer, memberCards.size());
    }
}
