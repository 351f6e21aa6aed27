package id.kiosmandiri.staff;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /** Accounts page by page, in the order of {@code pageable} (the accounts screen: by username). */
    Page<StaffAccount> findAllBy(Pageable pageable);
}
