package id.kiosmandiri.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "jp_wage_cap")
class JpWageCap {

    @Id
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(nullable = false)
    private long cap;

    @Column(nullable = false)
    private boolean assumed;

    @Column(name = "source_note", nullable = false)
    private String sourceNote;

    protected JpWageCap() {
    }

    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public long getCap() { return cap; }
    public boolean isAssumed() { return assumed; }
    public String getSourceNote() { return sourceNote; }
}
