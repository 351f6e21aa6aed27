package id.kiosmandiri.receipt;

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

/** One receipt as issued: stored before it is printed (Flyway V6). */
@Entity
@Table(name = "receipt")
class Receipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 48)
    private String number;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ReceiptKind kind;

    @Column(length = 7)
    private String subject;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "kiosk_id", nullable = false, length = 32)
    private String kioskId;

    @Column(name = "branch_code", nullable = false, length = 16)
    private String branchCode;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "main_amount", nullable = false)
    private long mainAmount;

    @Column(name = "masked_name", nullable = false, length = 160)
    private String maskedName;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String content;

    @Column(name = "content_hash", nullable = false, length = 64, columnDefinition = "CHAR(64)")
    private String contentHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private ReceiptStatus status;

    @Column(name = "print_count", nullable = false)
    private int printCount;

    @Column(name = "sent_partly", nullable = false)
    private boolean sentPartly;

    @Column(name = "last_printed_at")
    private Instant lastPrintedAt;

    protected Receipt() {
    }

    Receipt(String number, ReceiptContent content, Long memberId, String kioskId, String branchCode, Long sessionId,
            Instant issuedAt, String json, String contentHash) {
        this.number = number;
        this.kind = content.kind();
        this.subject = content.subject();
        this.memberId = memberId;
        this.kioskId = kioskId;
        this.branchCode = branchCode;
        this.sessionId = sessionId;
        this.issuedAt = issuedAt;
        this.mainAmount = content.mainAmount();
        this.maskedName = content.maskedName();
        this.content = json;
        this.contentHash = contentHash;
        this.status = ReceiptStatus.PENDING;
    }

    /** The next print says "reprint" on paper: it was printed before, or a print broke off midway. */
    boolean nextPrintIsReprint() {
        return printCount > 0 || sentPartly;
    }

    void printed(Instant at) {
        status = nextPrintIsReprint() ? ReceiptStatus.REPRINTED : ReceiptStatus.PRINTED;
        printCount++;
        lastPrintedAt = at;
    }

    void failed(boolean partly) {
        if (printCount == 0) {
            status = ReceiptStatus.FAILED;
        }
        sentPartly |= partly;
    }

    Long getId() { return id; }
    String getNumber() { return number; }
    ReceiptKind getKind() { return kind; }
    String getSubject() { return subject; }
    Long getMemberId() { return memberId; }
    String getKioskId() { return kioskId; }
    String getBranchCode() { return branchCode; }
    Long getSessionId() { return sessionId; }
    Instant getIssuedAt() { return issuedAt; }
    long getMainAmount() { return mainAmount; }
    String getMaskedName() { return maskedName; }
    String getContent() { return content; }
    String getContentHash() { return contentHash; }
    ReceiptStatus getStatus() { return status; }
    int getPrintCount() { return printCount; }
}
