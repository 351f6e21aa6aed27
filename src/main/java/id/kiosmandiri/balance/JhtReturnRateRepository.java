package id.kiosmandiri.balance;

import org.springframework.data.jpa.repository.JpaRepository;

interface JhtReturnRateRepository extends JpaRepository<JhtReturnRate, Integer> {
}
