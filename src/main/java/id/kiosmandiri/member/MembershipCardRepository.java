package id.kiosmandiri.member;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface MembershipCardRepository extends JpaRepository<MembershipCard, Long> {

    Optional<MembershipCard> findByKpj(String kpj);

    Optional<MembershipCard> findByCardUid(String cardUid);

    List<MembershipCard> findByMemberIdOrderByJhtStartAsc(Long memberId);
}
