package id.kiosmandiri.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Rules that hold for a window of contribution months by a regulation (PP 49/2020's COVID-19
 * relief, the JKK discounts of PP 7/2025 and PP 36/2025), from {@code contribution_rule_window}.
 */
@Entity
@Table(name = "contribution_rule_window")
class ContributionRuleWindow {

    @Id
    private String code;
    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;
    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;
    @Column(name = "due_day_next_month")
    private Integer dueDayNextMonth;
    @Column(name = "late_penalty_percent")
    private BigDecimal latePenaltyPercent;
    @Column(name = "jkk_reduction_percent", nullable = false)
    private BigDecimal jkkReductionPercent;
    @Column(name = "jkm_reduction_percent", nullable = false)
    private BigDecimal jkmReductionPercent;
    @Column(name = "jp_deferred_percent", nullable = false)
    private BigDecimal jpDeferredPercent;
    @Column(name = "jp_deferred_until")
    private LocalDate jpDeferredUntil;
    @Column(name = "labour_intensive_only", nullable = false)
    private boolean labourIntensiveOnly;
    @Column(nullable = false, length = 1000)
    private String source;
    @Column(nullable = false)
    private boolean assumed;

    protected ContributionRuleWindow() {
    }

    ContributionRules.Window toWindow() {
        return new ContributionRules.Window(code, periodFrom, periodTo, dueDayNextMonth, latePenaltyPercent,
                jkkReductionPercent, jkmReductionPercent, jpDeferredPercent, jpDeferredUntil, labourIntensiveOnly, assumed);
    }
}
