package id.kiosmandiri.profile;

import id.kiosmandiri.member.ContactField;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

    /** The request, its row locked until the transaction ends: one decision at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ChangeRequest r where r.id = :id")
    Optional<ChangeRequest> findForUpdate(@Param("id") Long id);

    /** The member's pending requests for a field, locked (with the index gap), so two requests never both stay pending. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ChangeRequest r where r.memberId = :member and r.field = :field and r.status = :status")
    List<ChangeRequest> findForUpdate(@Param("member") Long memberId, @Param("field") ContactField field,
                                      @Param("status") ChangeStatus status);

    List<ChangeRequest> findByMemberIdAndStatusOrderByRequestedAtDesc(Long memberId, ChangeStatus status);

    /** Decided requests of the member since a time, newest decision first. */
    @Query("select r from ChangeRequest r where r.memberId = :member and r.status in :statuses and r.decidedAt >= :since "
            + "order by r.decidedAt desc, r.id desc")
    List<ChangeRequest> findDecided(@Param("member") Long memberId, @Param("statuses") Collection<ChangeStatus> statuses,
                                    @Param("since") Instant since, Limit limit);

    List<ChangeRequest> findByStatusAndBranchCodeOrderByRequestedAtAscIdAsc(ChangeStatus status, String branchCode, Limit limit);

    List<ChangeRequest> findByStatusOrderByRequestedAtAscIdAsc(ChangeStatus status, Limit limit);

    long countByMemberId(Long memberId);
}
