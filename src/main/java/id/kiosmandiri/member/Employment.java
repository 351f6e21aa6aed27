package id.kiosmandiri.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A member's work for one employer, reported on one of their cards. */
@Entity
@Table(name = "employment")
class Employment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "employer_id", nullable = false)
    private Long employerId;

    @Column(name = "card_id", nullable = false)
    private Long cardId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    protected Employment() {
    }

    public Employment(Long memberId, Long employerId, Long cardId, LocalDate startDate, LocalDate endDate) {
        this.memberId = memberId;
        this.employerId = employerId;
        this.cardId = cardId;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public Long getId() { return id; }
    public Long getMemberId() { return memberId; }
    public Long getEmployerId() { return employerId; }
    public Long getCardId() { return cardId; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
}
