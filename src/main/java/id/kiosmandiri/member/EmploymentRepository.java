package id.kiosmandiri.member;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface EmploymentRepository extends JpaRepository<Employment, Long> {

    /** Employments without an end date, most recent first. */
    @Query("select e from Employment e where e.memberId = :memberId and e.endDate is null order by e.startDate desc")
    List<Employment> findCurrent(@Param("memberId") Long memberId);
}
