package id.kiosmandiri.help;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Each change of status is one UPDATE that names the status it starts from: of two staff members
 * (on two server nodes) taking the same request at once, exactly one changes a row.
 */
interface AssistanceRequestRepository extends JpaRepository<AssistanceRequest, Long> {

    @Query("SELECT r FROM AssistanceRequest r WHERE r.branchCode IN :branches AND r.status IN :statuses ORDER BY r.createdAt, r.id")
    List<AssistanceRequest> findOpen(@Param("branches") Collection<String> branches,
                                     @Param("statuses") Collection<AssistanceStatus> statuses);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("UPDATE AssistanceRequest r SET r.status = id.kiosmandiri.help.AssistanceStatus.TAKEN, r.takenBy = :by, r.takenAt = :at "
            + "WHERE r.id = :id AND r.status = id.kiosmandiri.help.AssistanceStatus.WAITING")
    int take(@Param("id") long id, @Param("by") String by, @Param("at") Instant at);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("UPDATE AssistanceRequest r SET r.status = id.kiosmandiri.help.AssistanceStatus.CLOSED, r.closedAt = :at "
            + "WHERE r.id = :id AND r.status = id.kiosmandiri.help.AssistanceStatus.TAKEN")
    int close(@Param("id") long id, @Param("at") Instant at);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("UPDATE AssistanceRequest r SET r.status = id.kiosmandiri.help.AssistanceStatus.CANCELLED, r.cancelledAt = :at "
            + "WHERE r.id = :id AND r.kioskId = :kiosk AND r.status = id.kiosmandiri.help.AssistanceStatus.WAITING")
    int cancel(@Param("id") long id, @Param("kiosk") String kioskId, @Param("at") Instant at);
}
