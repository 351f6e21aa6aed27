package id.kiosmandiri;

import id.kiosmandiri.contribution.ContributionAmounts;
import id.kiosmandiri.contribution.PaidBy;
import id.kiosmandiri.member.Identifiers;
import id.kiosmandiri.member.MemberStatus;
import id.kiosmandiri.member.Segment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fixed test members, cards, employers and contribution months, written with plain JDBC (each
 * statement commits on its own, no test transaction) into the shared test database.
 *
 * <p>Conventions, so test rows never clash with the demo data: NIKs from province 34 (the
 * generator never uses it), KPJs starting with {@code 19999}, NPPs starting with {@code 9999}.
 * Every test removes what it wrote ({@link #deleteAll()}); a row left over from an interrupted run
 * is removed before its NIK, KPJ or NPP is used again.
 */
public final class TestData {

    /** KPJs of test cards start with this; demo KPJs start with 11 or 12. */
    public static final String KPJ_PREFIX = "19999";
    public static final String BRANCH = "JKTSALEMBA";
    /** The PIN of every test member ({@link #member}). */
    public static final String PIN = "000000";
    /**
     * How it is stored: a plain BCrypt hash (of the older kind, at BCrypt's lowest cost), so every test
     * member's first right PIN also replaces it by today's kind, as a member's would after the upgrade.
     */
    static final String PIN_HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PIN);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Set<Long> members = new LinkedHashSet<>();
    private final Set<Long> employers = new LinkedHashSet<>();

    /** @param clock the application's clock: NIKs are read and members created on its day */
    public TestData(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long employer(String npp, String name, int riskClass) {
        List<Long> old = jdbc.queryForList("SELECT id FROM employer WHERE npp = ?", Long.class, npp);
        old.forEach(this::deleteEmployer);
        Map<String, Object> row = new HashMap<>();
        row.put("npp", npp);
        row.put("division", "000");
        row.put("name", name);
        row.put("risk_class", riskClass);
        row.put("labour_intensive", false);
        row.put("branch_code", BRANCH);
        long id = insert("employer", row);
        employers.add(id);
        return id;
    }

    /** A member whose birth date and gender are read from the (valid) NIK; PIN {@link #PIN}. */
    public long member(String nik, String fullName, Segment segment, MemberStatus status) {
        LocalDate today = LocalDate.now(clock);
        if (!nik.startsWith("34") || Identifiers.nikProblem(nik, today).isPresent()) {
            throw new IllegalArgumentException("test NIKs are valid and from province 34: " + nik);
        }
        jdbc.queryForList("SELECT id FROM member WHERE nik = ?", Long.class, nik).forEach(this::deleteMember);
        Identifiers.NikFacts facts = Identifiers.nikFacts(nik, today).orElseThrow();
        Map<String, Object> row = new HashMap<>();
        row.put("nik", nik);
        row.put("full_name", fullName);
        row.put("birth_date", Date.valueOf(facts.birthDate()));
        row.put("gender", facts.gender().name());
        row.put("segment", segment.name());
        row.put("status", status.name());
        row.put("branch_code", BRANCH);
        row.put("pin_hash", PIN_HASH);
        row.put("failed_pin_count", 0);
        row.put("created_at", Timestamp.from(clock.instant()));
        long id = insert("member", row);
        members.add(id);
        return id;
    }

    public long card(long memberId, String kpj, Segment segment, Long employerId, LocalDate jhtStart,
                     LocalDate jpStart, boolean merged) {
        if (!kpj.startsWith(KPJ_PREFIX) || kpj.length() != Identifiers.KPJ_LENGTH) {
            throw new IllegalArgumentException("test KPJs are 11 digits starting with " + KPJ_PREFIX + ": " + kpj);
        }
        jdbc.queryForList("SELECT member_id FROM membership_card WHERE kpj = ?", Long.class, kpj)
                .forEach(this::deleteMember);
        Map<String, Object> row = new HashMap<>();
        row.put("member_id", memberId);
        row.put("kpj", kpj);
        row.put("segment", segment.name());
        row.put("employer_id", employerId);
        row.put("jht_start", Date.valueOf(jhtStart));
        row.put("jp_start", jpStart == null ? null : Date.valueOf(jpStart));
        row.put("merged", merged);
        row.put("issued_at", Date.valueOf(jhtStart));
        return insert("membership_card", row);
    }

    /**
     * An active wage earner with one card (since 2020, no months) who can log in with
     * {@link #PIN} by NIK, KPJ or the card UID: for tests that type wrong PINs or lock a member,
     * so the demo members stay as they were.
     *
     * @param cardUid 10 digits starting with {@code 19999} (demo card UIDs start with 0 or 5)
     */
    public long loginMember(String nik, String kpj, String cardUid, String fullName) {
        if (!cardUid.startsWith(KPJ_PREFIX) || cardUid.length() != 10) {
            throw new IllegalArgumentException("test card UIDs are 10 digits starting with " + KPJ_PREFIX + ": " + cardUid);
        }
        jdbc.queryForList("SELECT member_id FROM membership_card WHERE card_uid = ?", Long.class, cardUid)
                .forEach(this::deleteMember);
        long member = member(nik, fullName, Segment.PU, MemberStatus.ACTIVE);
        long card = card(member, kpj, Segment.PU, null, LocalDate.of(2020, 1, 1), null, true);
        jdbc.update("UPDATE membership_card SET card_uid = ? WHERE id = ?", cardUid, card);
        return member;
    }

    /** One month of one card. */
    public record Month(long cardId, long memberId, Long employerId, LocalDate period, Segment segment,
                        ContributionAmounts amounts, LocalDate dueDate, LocalDate depositDate,
                        LocalDate postingDate, long latePenalty, PaidBy paidBy) {
    }

    public long contribution(Month m) {
        return insert("contribution", contributionRow(m));
    }

    /** Many months in one JDBC batch. */
    public void contributions(List<Month> months) {
        List<Map<String, Object>> rows = new ArrayList<>();
        months.forEach(m -> rows.add(contributionRow(m)));
        @SuppressWarnings("unchecked")
        Map<String, Object>[] batch = rows.toArray(new Map[0]);
        new SimpleJdbcInsert(jdbc).withTableName("contribution").usingGeneratedKeyColumns("id").executeBatch(batch);
    }

    private static Map<String, Object> contributionRow(Month m) {
        ContributionAmounts a = m.amounts();
        Map<String, Object> row = new HashMap<>();
        row.put("card_id", m.cardId());
        row.put("member_id", m.memberId());
        row.put("employer_id", m.employerId());
        row.put("period", Date.valueOf(m.period()));
        row.put("segment", m.segment().name());
        row.put("reported_wage", a.wage());
        row.put("back_pay", a.backPay());
        row.put("jht_employer", a.jhtEmployer());
        row.put("jht_worker", a.jhtWorker());
        row.put("jp_employer", a.jpEmployer());
        row.put("jp_worker", a.jpWorker());
        row.put("jkk", a.jkk());
        row.put("jkm", a.jkm());
        row.put("due_date", Date.valueOf(m.dueDate()));
        row.put("deposit_date", m.depositDate() == null ? null : Date.valueOf(m.depositDate()));
        row.put("posting_date", m.postingDate() == null ? null : Date.valueOf(m.postingDate()));
        row.put("late_penalty", m.latePenalty());
        row.put("paid_by", m.paidBy().name());
        return row;
    }

    private long insert(String table, Map<String, Object> row) {
        return new SimpleJdbcInsert(jdbc).withTableName(table).usingGeneratedKeyColumns("id")
                .executeAndReturnKey(row).longValue();
    }

    /** Removes every member and employer this instance created, with their cards and months. */
    public void deleteAll() {
        members.forEach(this::deleteMember);
        members.clear();
        employers.forEach(this::deleteEmployer);
        employers.clear();
    }

    private void deleteMember(long memberId) {
        jdbc.update("DELETE FROM receipt WHERE member_id = ?", memberId);
        jdbc.update("DELETE FROM profile_change_request WHERE member_id = ?", memberId);
        jdbc.update("DELETE FROM contribution WHERE member_id = ?", memberId);
        jdbc.update("DELETE FROM employment WHERE member_id = ?", memberId);
        deleteSessions(memberId);
        jdbc.update("DELETE FROM membership_card WHERE member_id = ?", memberId);
        jdbc.update("DELETE FROM member WHERE id = ?", memberId);
    }

    /**
     * The member's kiosk sessions and their usage events. Usage is recorded by asynchronous listeners, so
     * one may still add an event to a session between the two deletes: then both are tried again.
     */
    private void deleteSessions(long memberId) {
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.update("DELETE FROM usage_event WHERE session_id IN (SELECT id FROM kiosk_session WHERE member_id = ?)", memberId);
                jdbc.update("DELETE FROM kiosk_session WHERE member_id = ?", memberId);
                return;
            } catch (DataIntegrityViolationException lateUsageEvent) {
                if (attempt == 10) {
                    throw lateUsageEvent;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw lateUsageEvent;
                }
            }
        }
    }

    private void deleteEmployer(long employerId) {
        jdbc.queryForList("SELECT DISTINCT member_id FROM membership_card WHERE employer_id = ?", Long.class, employerId)
                .forEach(this::deleteMember);
        jdbc.update("DELETE FROM contribution WHERE employer_id = ?", employerId);
        jdbc.update("DELETE FROM employment WHERE employer_id = ?", employerId);
        jdbc.update("DELETE FROM employer WHERE id = ?", employerId);
    }

    /** Shorthand for amounts. */
    public static ContributionAmounts amounts(long wage, long jhtEmployer, long jhtWorker, long jpEmployer,
                                              long jpWorker, long jkk, long jkm) {
        return new ContributionAmounts(wage, 0, jhtEmployer, jhtWorker, jpEmployer, jpWorker, jkk, jkm);
    }
}
