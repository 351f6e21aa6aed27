package id.kiosmandiri.receipt;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ReceiptRepository extends JpaRepository<Receipt, Long> {

    Optional<Receipt> findByNumber(String number);

    List<Receipt> findBySessionIdAndMemberIdOrderByIdDesc(Long sessionId, Long memberId);
}
