package id.kiosmandiri.contribution;

import id.kiosmandiri.member.Segment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;

/** One reported month of one card. A month without a deposit date is reported but unpaid. */
@Entity
@Table(name = "contribution")
class Contribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "card_id", nullable = false)
    private Long cardId;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "employer_id")
    private Long employerId;

    /** First day of the month the contribution is for. */
    @Column(nullable = false)
    private LocalDate period;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 3)
    private Segment segment;

    @Column(name = "reported_wage", nullable = false)
    private long reportedWage;

    @Column(name = "back_pay", nullable = false)
    private long backPay;

    @Column(name = "jht_employer", nullable = false)
    private long jhtEmployer;

    @Column(name = "jht_worker", nullable = false)
    private long jhtWorker;

    @Column(name = "jp_employer", nullable = false)
    private long jpEmployer;

    @Column(name = "jp_worker", nullable = false)
    private long jpWorker;

    @Column(nullable = false)
    private long jkk;

    @Column(nullable = false)
    private long jkm;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "deposit_date")
    private LocalDate depositDate;

    @Column(name = "posting_date")
    private LocalDate postingDate;

    @Column(name = "late_penalty", nullable = false)
    private long latePenalty;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "paid_by", nullable = false, length = 10)
    private PaidBy paidBy;

    protected Contribution() {
    }

    public Contribution(Long cardId, Long memberId, Long employerId, LocalDate period, Segment segment,
                        ContributionAmounts amounts, LocalDate dueDate, LocalDate depositDate,
                        LocalDate postingDate, long latePenalty, PaidBy paidBy) {
        this.cardId = cardId;
        this.memberId = memberId;
        this.employerId = employerId;
        this.period = period;
        this.segment = segment;
        this.reportedWage = amounts.wage();
        this.backPay = amounts.backPay();
        this.jhtEmployer = amounts.jhtEmployer();
        this.jhtWorker = amounts.jhtWorker();
        this.jpEmployer = amounts.jpEmployer();
        this.jpWorker = amounts.jpWorker();
        this.jkk = amounts.jkk();
        this.jkm = amounts.jkm();
        this.dueDate = dueDate;
        this.depositDate = depositDate;
        this.postingDate = postingDate;
        this.latePenalty = latePenalty;
        this.paidBy = paidBy;
    }

    public Long getId() { return id; }
    public Long getCardId() { return cardId; }
    public Long getMemberId() { return memberId; }
    public Long getEmployerId() { return employerId; }
    public LocalDate getPeriod() { return period; }
    public Segment getSegment() { return segment; }
    public long getReportedWage() { return reportedWage; }
    public long getBackPay() { return backPay; }
    public long getJhtEmployer() { return jhtEmployer; }
    public long getJhtWorker() { return jhtWorker; }
    public long getJpEmployer() { return jpEmployer; }
    public long getJpWorker() { return jpWorker; }
    public long getJkk() { return jkk; }
    public long getJkm() { return jkm; }
    public LocalDate getDueDate() { return dueDate; }
    public LocalDate getDepositDate() { return depositDate; }
    public LocalDate getPostingDate() { return postingDate; }
    public long getLatePenalty() { return latePenalty; }
    public PaidBy getPaidBy() { return paidBy; }
}
