package id.kiosmandiri.balance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** The development return credited to JHT balances for a year, in percent. */
@Entity
@Table(name = "jht_return_rate")
class JhtReturnRate {

    @Id
    private Integer year;

    @Column(name = "rate_percent", nullable = false, precision = 6, scale = 4)
    private BigDecimal ratePercent;

    @Column(nullable = false)
    private boolean assumed;

    @Column(name = "source_note", nullable = false)
    private String sourceNote;

    protected JhtReturnRate() {
    }

    public JhtReturnRate(int year, BigDecimal ratePercent, boolean assumed, String sourceNote) {
        this.year = year;
        this.ratePercent = ratePercent;
        this.assumed = assumed;
        this.sourceNote = sourceNote;
    }

    public int getYear() { return year; }
    public BigDecimal getRatePercent() { return ratePercent; }
    public boolean isAssumed() { return assumed; }
    public String getSourceNote() { return sourceNote; }
}
