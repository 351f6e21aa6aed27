package id.kiosmandiri.balance;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JhtReturnRateRepository extends JpaRepository<JhtReturnRate, Integer> {
}
