package id.kiosmandiri.member;

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

/** A KPJ number: one per employer registration (or BPU registration) of a member. */
@Entity
@Table(name = "membership_card")
class MembershipCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(nullable = false, length = 11)
    private String kpj;

    @Column(name = "card_uid", length = 32)
    private String cardUid;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 3)
    private Segment segment;

    @Column(name = "employer_id")
    private Long employerId;

    @Column(name = "jht_start", nullable = false)
    private LocalDate jhtStart;

    @Column(name = "jp_start")
    private LocalDate jpStart;

    /** False while the card's balance is not yet merged into the member's main account. */
    @Column(nullable = false)
    private boolean merged;

    @Column(name = "issued_at", nullable = false)
    private LocalDate issuedAt;

    protected MembershipCard() {
    }

    public MembershipCard(Long memberId, String kpj, String cardUid, Segment segment, Long employerId,
                          LocalDate jhtStart, LocalDate jpStart, boolean merged, LocalDate issuedAt) {
        this.memberId = memberId;
        this.kpj = kpj;
        this.cardUid = cardUid;
        this.segment = segment;
        this.employerId = employerId;
        this.jhtStart = jhtStart;
        this.jpStart = jpStart;
        this.merged = merged;
        this.issuedAt = issuedAt;
    }

    public Long getId() { return id; }
    public Long getMemberId() { return memberId; }
    public String getKpj() { return kpj; }
    public String getCardUid() { return cardUid; }
    public Segment getSegment() { return segment; }
    public Long getEmployerId() { return employerId; }
    public LocalDate getJhtStart() { return jhtStart; }
    public LocalDate getJpStart() { return jpStart; }
    public boolean isMerged() { return merged; }
    public LocalDate getIssuedAt() { return issuedAt; }
}
