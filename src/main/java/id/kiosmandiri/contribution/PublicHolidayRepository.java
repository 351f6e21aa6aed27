package id.kiosmandiri.contribution;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;

interface PublicHolidayRepository extends JpaRepository<PublicHoliday, LocalDate> {
}
