package id.kiosmandiri.session;

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

import java.time.Duration;
import java.time.Instant;

/** One member's use of a kiosk, from login to its end. */
@Entity
@Table(name = "kiosk_session")
class KioskSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kiosk_id", nullable = false, length = 32)
    private String kioskId;

    @Column(name = "member_id")
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "login_method", length = 10)
    private LoginMethod loginMethod;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "end_reason", length = 10)
    private SessionEndReason endReason;

    @Column(name = "duration_ms")
    private Long durationMs;

    /** The server node that holds the member's screen ({@link ServerNodes}): its death ends the session. */
    @Column(name = "server_node", length = 64)
    private String serverNode;

    protected KioskSession() {
    }

    public KioskSession(String kioskId, Long memberId, LoginMethod loginMethod, Instant startedAt, String serverNode) {
        this.kioskId = kioskId;
        this.memberId = memberId;
        this.loginMethod = loginMethod;
        this.startedAt = startedAt;
        this.serverNode = serverNode;
    }

    /** Ends the session once; later calls change nothing. */
    public boolean end(Instant at, SessionEndReason reason) {
        if (endedAt != null) {
            return false;
        }
        endedAt = at;
        endReason = reason;
        durationMs = Duration.between(startedAt, at).toMillis();
        return true;
    }

    public Long getId() { return id; }
    public String getKioskId() { return kioskId; }
    public Long getMemberId() { return memberId; }
    public LoginMethod getLoginMethod() { return loginMethod; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getEndedAt() { return endedAt; }
    public SessionEndReason getEndReason() { return endReason; }
    public Long getDurationMs() { return durationMs; }
}
