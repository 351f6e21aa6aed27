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

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "member")
class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String nik;

    @Column(name = "full_name", nullable = false, length = 160)
    private String fullName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 1)
    private Gender gender;

    @Column(length = 20)
    private String phone;

    @Column(length = 160)
    private String email;

    @Column(length = 255)
    private String address;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 3)
    private Segment segment;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private MemberStatus status;

    @Column(name = "branch_code", nullable = false, length = 16)
    private String branchCode;

    @Column(name = "pin_hash", nullable = false, length = 255)
    private String pinHash;

    @Column(name = "failed_pin_count", nullable = false)
    private int failedPinCount;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Member() {
    }

    public Member(String nik, String fullName, LocalDate birthDate, Gender gender, Segment segment,
                  MemberStatus status, String branchCode, String pinHash, Instant createdAt) {
        this.nik = nik;
        this.fullName = fullName;
        this.birthDate = birthDate;
        this.gender = gender;
        this.segment = segment;
        this.status = status;
        this.branchCode = branchCode;
        this.pinHash = pinHash;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getNik() { return nik; }
    public String getFullName() { return fullName; }
    public LocalDate getBirthDate() { return birthDate; }
    public Gender getGender() { return gender; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getAddress() { return address; }
    public Segment getSegment() { return segment; }
    public MemberStatus getStatus() { return status; }
    public String getBranchCode() { return branchCode; }
    public String getPinHash() { return pinHash; }
    public int getFailedPinCount() { return failedPinCount; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getCreatedAt() { return createdAt; }

    public void setContact(String phone, String email, String address) {
        this.phone = phone;
        this.email = email;
        this.address = address;
    }

    public void setStatus(MemberStatus status) { this.status = status; }

    public void setPinHash(String pinHash) { this.pinHash = pinHash; }

    /** First name for a greeting: the first word of the registered name. */
    public String getFirstName() {
        String trimmed = fullName.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
