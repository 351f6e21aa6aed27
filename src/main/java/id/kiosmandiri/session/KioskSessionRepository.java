package id.kiosmandiri.session;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface KioskSessionRepository extends JpaRepository<KioskSession, Long> {

    List<KioskSession> findByMemberIdOrderByStartedAtDesc(Long memberId);
}
