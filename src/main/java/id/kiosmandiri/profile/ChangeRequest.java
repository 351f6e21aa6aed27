package id.kiosmandiri.profile;

import id.kiosmandiri.member.ContactField;
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

import java.time.Instant;

/** A member's request to change one contact detail, and staff's decision on it. */
@Entity
@Table(name = "profile_change_request")
class ChangeRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 8)
    private ContactField field;

    @Column(name = "old_value", length = 255)
    private String oldValue;

    @Column(name = "new_value", nullable = false, length = 255)
    private String newValue;

    @Column(name = "kiosk_id", nullable = false, length = 32)
    private String kioskId;

    @Column(name = "branch_code", nullable = false, length = 16)
    private String branchCode;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private ChangeStatus status;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "reject_reason", length = 200)
    private String rejectReason;

    protected ChangeRequest() {
    }

    ChangeRequest(Long memberId, ContactField field, String oldValue, String newValue, String kioskId, String branchCode,
                  Instant requestedAt) {
        this.memberId = memberId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.kioskId = kioskId;
        this.branchCode = branchCode;
        this.requestedAt = requestedAt;
        this.status = ChangeStatus.PENDING;
    }

    Long getId() { return id; }
    Long getMemberId() { return memberId; }
    ContactField getField() { return field; }
    String getOldValue() { return oldValue; }
    String getNewValue() { return newValue; }
    String getKioskId() { return kioskId; }
    String getBranchCode() { return branchCode; }
    Instant getRequestedAt() { return requestedAt; }
    ChangeStatus getStatus() { return status; }
    Instant getDecidedAt() { return decidedAt; }
    String getDecidedBy() { return decidedBy; }
    String getRejectReason() { return rejectReason; }

    void approve(String staff, Instant at) {
        decide(ChangeStatus.APPROVED, staff, at, null);
    }

    void reject(String staff, Instant at, String reason) {
        decide(ChangeStatus.REJECTED, staff, at, reason);
    }

    void supersede(Instant at) {
        decide(ChangeStatus.SUPERSEDED, null, at, null);
    }

    private void decide(ChangeStatus outcome, String staff, Instant at, String reason) {
        if (status != ChangeStatus.PENDING) {
            throw new IllegalStateException("request " + id + " is already " + status);
        }
        this.status = outcome;
        this.decidedBy = staff;
        this.decidedAt = at;
        this.rejectReason = reason;
    }
}
