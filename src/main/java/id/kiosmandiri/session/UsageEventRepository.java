package id.kiosmandiri.session;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface UsageEventRepository extends JpaRepository<UsageEvent, Long> {

    List<UsageEvent> findByKioskIdOrderByOccurredAtDesc(String kioskId);
}
