package id.kiosmandiri.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "public_holiday")
public class PublicHoliday {

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;

    @Column(nullable = false)
    private String name;

    protected PublicHoliday() {
    }

    public PublicHoliday(LocalDate date, String name) {
        this.date = date;
        this.name = name;
    }

    public LocalDate getDate() { return date; }
    public String getName() { return name; }
}
