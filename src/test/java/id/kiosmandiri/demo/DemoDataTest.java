package id.kiosmandiri.demo;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.balance.BalanceOverview;
import id.kiosmandiri.balance.BalanceService;
import id.kiosmandiri.contribution.BillService;
import id.kiosmandiri.contribution.ContributionRulesProvider;
import id.kiosmandiri.contribution.OpenBills;
import id.kiosmandiri.contribution.PaidBy;
import id.kiosmandiri.kiosk.Branch;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.member.Gender;
import id.kiosmandiri.member.Identifiers;
import id.kiosmandiri.member.MemberStatus;
import id.kiosmandiri.member.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data loaded into the test database at start-up (test profile: 300 members). */
@IntegrationTest
class DemoDataTest {

    /** Demo members only: rows written by other tests carry a test KPJ ({@link TestData#KPJ_PREFIX}). */
    private static final String DEMO_MEMBER = "NOT EXISTS (SELECT 1 FROM membership_card tc WHERE tc.member_id = m.id AND tc.kpj LIKE '"
            + TestData.KPJ_PREFIX + "%')";

    @Autowired
    PasswordEncoder pinEncoder;
    @Autowired
    BalanceService balances;
    @Autowired
    BillService bills;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    Environment env;
    @Autowired
    KioskRegistry kiosks;
    @Autowired
    ContributionRulesProvider rules;
    @Autowired
    DemoDataLoader loader;

    /** A member's row as the generator wrote it (the member module's entity is its own). */
    private record StoredMember(long id, String fullName, LocalDate birthDate, Gender gender, Segment segment,
                                MemberStatus status, String pinHash) {
    }

    private record StoredCard(long id, long memberId, String kpj, boolean merged) {
    }

    private StoredMember named(DemoLogin login) {
        return jdbc.query("SELECT id, full_name, birth_date, gender, segment, status, pin_hash FROM member WHERE nik = ?",
                (rs, n) -> new StoredMember(rs.getLong("id"), rs.getString("full_name"),
                        rs.getObject("birth_date", LocalDate.class), Gender.valueOf(rs.getString("gender")),
                        Segment.valueOf(rs.getString("segment")), MemberStatus.valueOf(rs.getString("status")),
                        rs.getString("pin_hash")), login.nik())
                .stream().findFirst().orElseThrow(() -> new AssertionError(login + " is missing"));
    }

    private static final String CARD = "SELECT id, member_id, kpj, merged FROM membership_card";

    private static StoredCard card(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredCard(rs.getLong("id"), rs.getLong("member_id"), rs.getString("kpj"), rs.getBoolean("merged"));
    }

    private List<StoredCard> cardsOf(long memberId) {
        return jdbc.query(CARD + " WHERE member_id = ? ORDER BY jht_start, id", DemoDataTest::card, memberId);
    }

    private long contributions(StoredMember m) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM contribution WHERE member_id = ?", Long.class, m.id());
    }

    @ParameterizedTest
    @EnumSource(DemoLogin.class)
    void namedLoginExistsWithItsNameCardAndPin(DemoLogin login) {
        StoredMember m = named(login);
        LocalDate today = LocalDate.now(clock);

        assertThat(m.fullName()).isEqualTo(login.fullName());
        Identifiers.NikFacts facts = Identifiers.nikFacts(login.nik(), today).orElseThrow();
        assertThat(m.birthDate()).isEqualTo(facts.birthDate());
        assertThat(m.gender()).isEqualTo(facts.gender());
        StoredCard card = jdbc.queryForObject(CARD + " WHERE kpj = ?", DemoDataTest::card, login.kpj());
        assertThat(card.memberId()).isEqualTo(m.id());
        assertThat(jdbc.query(CARD + " WHERE card_uid = ?", DemoDataTest::card, login.cardUid()))
                .extracting(StoredCard::id).containsExactly(card.id());
        assertThat(pinEncoder.matches(login.pin(), m.pinHash())).as("PIN of %s", login).isTrue();
        assertThat(pinEncoder.matches("000000", m.pinHash())).as("a wrong PIN for %s", login).isFalse();
    }

    @Test
    void sitiIsAWomanWithASecondCardNotMerged() {
        StoredMember siti = named(DemoLogin.SITI);
        assertThat(siti.gender()).isEqualTo(Gender.F);

        List<StoredCard> sitiCards = cardsOf(siti.id());
        assertThat(sitiCards).extracting(StoredCard::kpj).containsExactly(DemoLogin.SITI.kpj(), DemoLogin.SITI_SECOND_KPJ);
        assertThat(sitiCards).extracting(StoredCard::merged).containsExactly(true, false);

        BalanceOverview o = balances.overview(siti.id());
        assertThat(o.hasUnmergedCard()).isTrue();
        assertThat(o.cards()).hasSize(2).allSatisfy(c -> assertThat(c.balance()).isPositive());
    }

    @Test
    void agusIsAnInformalWorkerWithOpenBills() {
        StoredMember agus = named(DemoLogin.AGUS);
        assertThat(agus.segment()).isEqualTo(Segment.BPU);
        assertThat(agus.status()).isEqualTo(MemberStatus.ACTIVE);

        OpenBills open = bills.openBills(agus.id(), LocalDate.now(clock));
        assertThat(open.ownMonths()).isNotEmpty().allSatisfy(l -> {
            assertThat(l.paidBy()).isEqualTo(PaidBy.SELF);
            assertThat(l.segment()).isEqualTo(Segment.BPU);
        });
        assertThat(open.employerUnpaidMonths()).isEmpty();
        assertThat(open.ownTotal()).isPositive();
    }

    @Test
    void dewiIsInactiveAndKeepsHerBalance() {
        StoredMember dewi = named(DemoLogin.DEWI);
        assertThat(dewi.status()).isEqualTo(MemberStatus.INACTIVE);
        assertThat(dewi.gender()).isEqualTo(Gender.F);
        assertThat(balances.overview(dewi.id()).jhtBalance()).isPositive();
        LocalDate lastPeriod = jdbc.queryForObject("SELECT MAX(period) FROM contribution WHERE member_id = ?",
                LocalDate.class, dewi.id());
        assertThat(lastPeriod).isEqualTo(LocalDate.of(2024, 4, 1)); // left work in 2024
    }

    @Test
    void rudiHasNoContributionsYet() {
        StoredMember rudi = named(DemoLogin.RUDI);
        assertThat(contributions(rudi)).isZero();
        BalanceOverview o = balances.overview(rudi.id());
        assertThat(o.jhtBalance()).isZero();
        assertThat(o.lastPostingDate()).isNull();
        assertThat(o.cards()).hasSize(1);
        assertThat(bills.openBills(rudi.id(), LocalDate.now(clock)).isEmpty()).isTrue();
    }

    @Test
    void hendraEarnsAboveTheJpCapPaysLateAndHisEmployerOwesMonths() {
        StoredMember hendra = named(DemoLogin.HENDRA);

        // every month: wage above the cap in force, and JP employer = 2% of that cap (caps are whole hundreds)
        List<Map<String, Object>> months = jdbc.queryForList("""
                SELECT c.reported_wage + c.back_pay AS base, c.jp_employer,
                       (SELECT cap FROM jp_wage_cap w WHERE w.effective_from <= c.period
                        ORDER BY w.effective_from DESC LIMIT 1) AS cap
                FROM contribution c WHERE c.member_id = ?""", hendra.id());
        assertThat(months).hasSizeGreaterThan(100);
        assertThat(months).allSatisfy(row -> {
            long base = ((Number) row.get("base")).longValue();
            long cap = ((Number) row.get("cap")).longValue();
            assertThat(base).isGreaterThan(cap);
            assertThat(((Number) row.get("jp_employer")).longValue() * 50).isEqualTo(cap);
        });

        Long latePenalties = jdbc.queryForObject(
                "SELECT COUNT(*) FROM contribution WHERE member_id = ? AND late_penalty > 0 AND deposit_date > due_date",
                Long.class, hendra.id());
        assertThat(latePenalties).isPositive();
        Long penaltiesOnTime = jdbc.queryForObject(
                "SELECT COUNT(*) FROM contribution WHERE member_id = ? AND late_penalty > 0 AND NOT deposit_date > due_date",
                Long.class, hendra.id());
        assertThat(penaltiesOnTime).isZero();

        OpenBills open = bills.openBills(hendra.id(), LocalDate.now(clock));
        assertThat(open.employerUnpaidMonths()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(l -> assertThat(l.paidBy()).isEqualTo(PaidBy.EMPLOYER));
        assertThat(open.employerUnpaidMonths()).anySatisfy(l -> assertThat(l.dueDate()).isBefore(LocalDate.now(clock)));
        assertThat(open.ownMonths()).isEmpty();
    }

    @Test
    void budiWorkedForTwoEmployersOnOneCard() {
        StoredMember budi = named(DemoLogin.BUDI);
        assertThat(cardsOf(budi.id())).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT employer_id) FROM employment WHERE member_id = ?",
                Long.class, budi.id())).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT employer_id) FROM contribution WHERE member_id = ?",
                Long.class, budi.id())).isEqualTo(2);
    }

    @Test
    void budisWageCrossesTheJpCap() {
        StoredMember budi = named(DemoLogin.BUDI);
        List<Boolean> aboveCap = jdbc.queryForList("""
                SELECT c.reported_wage + c.back_pay > (SELECT cap FROM jp_wage_cap w WHERE w.effective_from <= c.period
                                                       ORDER BY w.effective_from DESC LIMIT 1)
                FROM contribution c WHERE c.member_id = ? AND c.period >= '2015-07-01' ORDER BY c.period""",
                Boolean.class, budi.id());
        assertThat(aboveCap).contains(false, true);
        assertThat(aboveCap.getFirst()).isFalse();
        assertThat(aboveCap.getLast()).isTrue();
    }

    @Test
    void theTestProfileLoads300Members() {
        assertThat(env.getProperty("kiosk.demo.members", Integer.class)).isEqualTo(300);
        Long demoMembers = jdbc.queryForObject("SELECT COUNT(*) FROM member m WHERE " + DEMO_MEMBER, Long.class);
        assertThat(demoMembers).isEqualTo(300);
    }

    @Test
    void generatedMembersUseTheSharedPin() {
        String hash = jdbc.queryForObject("SELECT pin_hash FROM member WHERE id = ?", String.class, DemoLogin.values().length + 1L);
        assertThat(pinEncoder.matches(DemoLogin.GENERATED_MEMBER_PIN, hash)).isTrue();
    }

    @Test
    void everyNikIsValidAndMatchesBirthDateAndGender() {
        LocalDate today = LocalDate.now(clock);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT nik, birth_date, gender FROM member");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
        assertThat(rows).allSatisfy(row -> {
            String nik = (String) row.get("nik");
            assertThat(Identifiers.nikProblem(nik, today)).as("problem of NIK %s", nik).isEmpty();
            Identifiers.NikFacts facts = Identifiers.nikFacts(nik, today).orElseThrow();
            assertThat(facts.birthDate()).as("birth date of %s", nik).isEqualTo(((java.sql.Date) row.get("birth_date")).toLocalDate());
            assertThat(facts.gender().name()).as("gender of %s", nik).isEqualTo(row.get("gender"));
        });
    }

    @Test
    void everyKpjHasElevenDigits() {
        List<String> kpjs = jdbc.queryForList("SELECT kpj FROM membership_card", String.class);
        assertThat(kpjs).hasSizeGreaterThanOrEqualTo(300);
        assertThat(kpjs).allSatisfy(kpj -> assertThat(Identifiers.kpjProblem(kpj)).as("KPJ %s", kpj).isEmpty());
    }

    /**
     * The rows in the database are the generator's rows for the loader's settings: generating again
     * (the day is read back from the members' creation time, which the generator sets to that day)
     * gives the same members and as many cards and months.
     */
    @Test
    void theDatabaseHoldsWhatTheGeneratorMakesForTheSameSettings() {
        Timestamp created = jdbc.queryForObject("SELECT created_at FROM member WHERE id = 1", Timestamp.class);
        LocalDate loadDay = created.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        List<String> branches = kiosks.branches().stream().map(Branch::code).sorted().toList();
        DemoDataGenerator.Settings settings = new DemoDataGenerator.Settings(
                env.getProperty("kiosk.demo.members", Integer.class), env.getProperty("kiosk.demo.seed", Long.class),
                loadDay, branches, "unused", Collections.nCopies(DemoLogin.values().length, "unused"),
                loader.minimumWages());
        CapturingSink sink = new CapturingSink();
        new DemoDataGenerator(settings, rules.rules(), sink).generate();

        List<List<Object>> stored = jdbc.query("""
                SELECT id, nik, full_name, birth_date, gender, phone, email, address, segment, status, branch_code
                FROM member m WHERE %s ORDER BY id""".formatted(DEMO_MEMBER),
                (rs, i) -> List.of(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toString(),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11)));
        List<List<Object>> generated = sink.members.stream()
                .map(r -> List.<Object>of(r.get(0), r.get(1), r.get(2), r.get(3).toString(), r.get(4), r.get(5), r.get(6),
                        r.get(7), r.get(8), r.get(9), r.get(10)))
                .toList();
        assertThat(stored).isEqualTo(generated);

        long maxDemoId = sink.members.size();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM membership_card WHERE member_id <= ?", Long.class, maxDemoId))
                .isEqualTo(sink.cards.size());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contribution WHERE member_id <= ?", Long.class, maxDemoId))
                .isEqualTo(sink.contributions.size());
        assertThat(jdbc.queryForObject("SELECT COALESCE(SUM(jht_employer + jht_worker), 0) FROM contribution WHERE member_id <= ?",
                Long.class, maxDemoId))
                .isEqualTo(sink.contributions.stream().mapToLong(r -> (Long) r.get(7) + (Long) r.get(8)).sum());
    }

    /**
     * The default demo data (2,000 members, as application.yml loads), generated in memory from the
     * tables in the database and the kiosk branches: wage earners' months of last year are realistic.
     * Wages follow the minimum wages, which rise every year, so their average is measured against the
     * minimum wages of the same months (Rp 4.7 million in 2025, 5.0 million in 2026: 1.2 times), not
     * against a fixed amount that a later test date would outgrow.
     */
    @Test
    void theDefaultDemoDataHasRealisticWagesLastYear() {
        int lastYear = LocalDate.now(clock).getYear() - 1;
        List<String> branches = kiosks.branches().stream().map(Branch::code).sorted().toList();
        DemoDataGenerator.Settings settings = new DemoDataGenerator.Settings(2000, 20261123L, LocalDate.now(clock),
                branches, "unused", Collections.nCopies(DemoLogin.values().length, "unused"), loader.minimumWages());
        WageStatistics stats = new WageStatistics(lastYear, loader.minimumWages(), rules.rules());
        new DemoDataGenerator(settings, rules.rules(), stats).generate();
        System.out.println("Default demo data (2,000 members), " + stats.report());

        assertThat(stats.timesMinimum()).as(stats.report()).isBetween(1.0, 1.5);
        assertThat(stats.share(stats.oneToTwoTimesMinimum)).as(stats.report()).isGreaterThanOrEqualTo(0.70);
        assertThat(stats.share(stats.atOrAboveCap)).as(stats.report()).isBetween(0.01, 0.08);
        assertThat(stats.monthsAtOrAboveCapByMember.get(1L)).as("Budi above the cap all year").isEqualTo(12);
    }

    @Test
    void theMinimumWagesOfTheDemoBranchProvincesAreOnFile() {
        assertThat(jdbc.queryForList("SELECT DISTINCT province_code FROM provincial_minimum_wage", String.class))
                .containsAll(DemoDataGenerator.BRANCH_PROVINCE.values());
        assertThat(jdbc.queryForObject("SELECT amount FROM provincial_minimum_wage WHERE province_code = '31' AND year = 2025",
                Long.class)).isEqualTo(5_396_761L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM provincial_minimum_wage WHERE province_code = '32' AND year = 2015",
                Long.class)).as("Jawa Barat set no UMP for 2015").isZero();
    }
}
