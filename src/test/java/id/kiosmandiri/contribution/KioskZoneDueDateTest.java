package id.kiosmandiri.contribution;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.kiosk.KioskTime;
import id.kiosmandiri.member.MemberStatus;
import id.kiosmandiri.member.Segment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Today" is the kiosk's branch's day. An informal worker's July 2026 is due on 15 July and has no
 * deposit; at one instant, the kiosks of the three time zones read it differently. The clock is
 * fixed in UTC on purpose: only the branch's zone may decide the day.
 */
@IntegrationTest
class KioskZoneDueDateTest {

    /** 23:30 WIB on the 15th = 16:30 UTC = 00:30 WITA and 01:30 WIT on the 16th. */
    private static final Instant HALF_PAST_ELEVEN_IN_JAKARTA = Instant.parse("2026-07-15T16:30:00Z");
    /** 22:30 WIB = 23:30 WITA on the 15th = 00:30 WIT on the 16th. */
    private static final Instant HALF_PAST_TEN_IN_JAKARTA = Instant.parse("2026-07-15T15:30:00Z");
    private static final LocalDate JULY_DUE_DATE = LocalDate.of(2026, 7, 15);
    /** BPU, declared income 2,500,000 with JHT: 81,800 a month. */
    private static final ContributionAmounts BPU = new ContributionAmounts(2_500_000, 0, 0, 50_000, 0, 0, 25_000, 6_800);

    @Autowired
    KioskRegistry registry;
    @Autowired
    BillService bills;
    @Autowired
    ContributionHistoryService history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private TestData data;
    private long member;

    @BeforeEach
    void juneIsPaidJulyIsOpen() {
        data = new TestData(jdbc, clock);
        member = data.member("3404011505850501", "Uji Zona Waktu", Segment.BPU, MemberStatus.ACTIVE);
        long card = data.card(member, "19999000501", Segment.BPU, null, LocalDate.of(2026, 1, 1), null, true);
        data.contribution(new TestData.Month(card, member, null, LocalDate.of(2026, 6, 1), Segment.BPU, BPU,
                LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 12), 0, PaidBy.SELF));
        data.contribution(new TestData.Month(card, member, null, LocalDate.of(2026, 7, 1), Segment.BPU, BPU,
                JULY_DUE_DATE, null, null, 0, PaidBy.SELF));
    }

    @AfterEach
    void removeMember() {
        data.deleteAll();
    }

    private KioskTime at(Instant instant) {
        return new KioskTime(Clock.fixed(instant, ZoneOffset.UTC), registry);
    }

    private ContributionLine.Status july(LocalDate today) {
        return history.page(member, 2026, Pageable.unpaged()).getContent().stream()
                .filter(l -> l.period().equals(LocalDate.of(2026, 7, 1))).findFirst().orElseThrow().status(today);
    }

    @Test
    void aWitKioskAt2330WibOnThe15thShowsTheNextDaysStatus() {
        KioskTime time = at(HALF_PAST_ELEVEN_IN_JAKARTA);
        LocalDate inJakarta = time.today("DEMO-01");
        LocalDate inJayapura = time.today("TEST-WIT");

        assertThat(time.zone("TEST-WIT")).isEqualTo(ZoneId.of("Asia/Jayapura"));
        assertThat(time.now("TEST-WIT")).hasToString("2026-07-16T01:30+09:00[Asia/Jayapura]");
        assertThat(inJakarta).isEqualTo(JULY_DUE_DATE);
        assertThat(inJayapura).isEqualTo(JULY_DUE_DATE.plusDays(1));

        // Jayapura: it is the 16th, July is overdue everywhere the member looks
        assertThat(july(inJayapura)).isEqualTo(ContributionLine.Status.UNPAID);
        assertThat(bills.openBills(member, inJayapura).ownOverdueMonths()).isEqualTo(1);
        YearSummary witYear = history.yearSummaries(member, inJayapura).getFirst();
        assertThat(witYear.unpaidMonths()).isEqualTo(1);
        assertThat(witYear.notDueMonths()).isZero();

        // Jakarta: still the due date itself, July is not due yet
        assertThat(july(inJakarta)).isEqualTo(ContributionLine.Status.NOT_DUE);
        OpenBills wibBills = bills.openBills(member, inJakarta);
        assertThat(wibBills.ownMonths()).hasSize(1);
        assertThat(wibBills.ownOverdueMonths()).isZero();
        YearSummary wibYear = history.yearSummaries(member, inJakarta).getFirst();
        assertThat(wibYear.unpaidMonths()).isZero();
        assertThat(wibYear.notDueMonths()).isEqualTo(1);
        assertThat(wibYear.paidMonths()).isEqualTo(1);
    }

    @Test
    void eachOfTheThreeZonesTurnsTheDayAtItsOwnMidnight() {
        KioskTime tenThirty = at(HALF_PAST_TEN_IN_JAKARTA);
        assertThat(tenThirty.today("DEMO-01")).isEqualTo(JULY_DUE_DATE);
        assertThat(tenThirty.today("TEST-WITA")).isEqualTo(JULY_DUE_DATE);
        assertThat(tenThirty.today("TEST-WIT")).isEqualTo(JULY_DUE_DATE.plusDays(1));
        assertThat(july(tenThirty.today("TEST-WITA"))).isEqualTo(ContributionLine.Status.NOT_DUE);

        KioskTime elevenThirty = at(HALF_PAST_ELEVEN_IN_JAKARTA);
        assertThat(elevenThirty.today("TEST-WITA")).isEqualTo(JULY_DUE_DATE.plusDays(1));
        assertThat(july(elevenThirty.today("TEST-WITA"))).isEqualTo(ContributionLine.Status.UNPAID);
        assertThat(bills.openBills(member, elevenThirty.today("TEST-WITA")).ownOverdueMonths()).isEqualTo(1);
    }
}
