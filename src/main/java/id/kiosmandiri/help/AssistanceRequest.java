package id.kiosmandiri.help;

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
import java.time.LocalDate;

/** One assistance request (Flyway V10). Its status changes by conditional updates ({@link AssistanceRequestRepository}). */
@Entity
@Table(name = "assistance_request")
class AssistanceRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kiosk_id", nullable = false, length = 32)
    private String kioskId;

    @Column(name = "branch_code", nullable = false, length = 16)
    private String branchCode;

    @Column(nullable = false)
    private LocalDate day;

    @Column(name = "queue_number", nullable = false)
    private int queueNumber;

    @Column(nullable = false, length = 24)
    private String topic;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "kiosk_session_id")
    private Long kioskSessionId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private AssistanceStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "taken_by", length = 64)
    private String takenBy;

    @Column(name = "taken_at")
    private Instant takenAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected AssistanceRequest() {
    }

    AssistanceRequest(String kioskId, String branchCode, LocalDate day, int queueNumber, HelpTopic topic, Long memberId,
                      Long kioskSessionId, Instant createdAt) {
        this.kioskId = kioskId;
        this.branchCode = branchCode;
        this.day = day;
        this.queueNumber = queueNumber;
        this.topic = topic.id();
        this.memberId = memberId;
        this.kioskSessionId = kioskSessionId;
        this.status = AssistanceStatus.WAITING;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getKioskSessionId() {
        return kioskSessionId;
    }

    HelpRequest view() {
        return new HelpRequest(id, kioskId, branchCode, day, queueNumber, HelpTopic.fromId(topic).orElse(HelpTopic.OTHER),
                memberId, status, createdAt, takenBy, takenAt, closedAt, cancelledAt);
    }
}
