package id.kiosmandiri.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Something that happened at a kiosk, for the dashboard. Never personal data. */
@Entity
@Table(name = "usage_event")
class UsageEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kiosk_id", nullable = false, length = 32)
    private String kioskId;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "event_type", nullable = false, length = 40)
    private String eventType;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 255)
    private String detail;

    protected UsageEvent() {
    }

    public UsageEvent(String kioskId, Long sessionId, String eventType, Instant occurredAt, String detail) {
        this.kioskId = kioskId;
        this.sessionId = sessionId;
        this.eventType = eventType;
        this.occurredAt = occurredAt;
        this.detail = detail;
    }

    public Long getId() { return id; }
    public String getKioskId() { return kioskId; }
    public Long getSessionId() { return sessionId; }
    public String getEventType() { return eventType; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getDetail() { return detail; }
}
