package id.kiosmandiri.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "public_holiday")
class PublicHoliday {

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;

    @Column(nullable = false)
    private String name;

    /** NATIONAL, or CUTI_BERSAMA (collective leave by the yearly joint decree): both are non-working days. */
    @Column(nullable = false)
    private String kind;

    protected PublicHoliday() {
    }

    public PublicHoliday(LocalDate date, String name, String kind) {
        this.date = date;
        this.name = name;
        this.kind = kind;
    }

    public LocalDate getDate() { return date; }
    public String getName() { return name; }
    public String getKind() { return kind; }
}
