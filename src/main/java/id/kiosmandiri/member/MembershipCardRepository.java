package id.kiosmandiri.member;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface MembershipCardRepository extends JpaRepository<MembershipCard, Long> {

    Optional<MembershipCard> findByKpj(String kpj);

    Optional<MembershipCard> findByCardUid(String cardUid);

    List<MembershipCard> findByMemberIdOrderByJhtStartAsc(Long memberId);

    List<MembershipCard> findByMemberIdIn(Collection<Long> memberIds);

    @Query("select c.memberId from MembershipCard c where c.kpj = :kpj")
    Optional<Long> findMemberIdByKpj(@Param("kpj") String kpj);

    @Query("select c.memberId from MembershipCard c where c.cardUid = :uid")
    Optional<Long> findMemberIdByCardUid(@Param("uid") String uid);
}
