package id.kiosmandiri.contribution.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.contribution.ContributionAmounts;
import id.kiosmandiri.contribution.PaidBy;
import id.kiosmandiri.member.MemberStatus;
import id.kiosmandiri.member.Segment;
import id.kiosmandiri.contribution.ContributionHistoryService;
import id.kiosmandiri.contribution.ContributionLine;
import id.kiosmandiri.contribution.YearSummary;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.kiosk.KioskTime;
import id.kiosmandiri.kiosk.ui.Formats;
import id.kiosmandiri.kiosk.ui.KioskBrowserlessTest;
import id.kiosmandiri.session.LoginMethod;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class ContributionsViewTest extends KioskBrowserlessTest {

    @Autowired
    private ContributionHistoryService historyService;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private KioskTime kioskTime;
    @Autowired
    private java.time.Clock clock;

    @SuppressWarnings("unchecked")
    private Select<Integer> yearSelect() {
        return byId(Select.class, "year-select");
    }

    private List<Div> rows() {
        return find(Div.class).withClassName("month-row").from(byId(Div.class, "contributions-grid")).all();
    }

    private List<String> periods() {
        return rows().stream().map(r -> r.getElement().getAttribute("data-period")).toList();
    }

    /** Months of a year as "MM-yyyy", newest first, from December (or {@code last}) down to January. */
    private static List<String> monthsDown(LocalDate last) {
        List<String> result = new ArrayList<>();
        for (LocalDate p = last.withDayOfMonth(1); p.getYear() == last.getYear(); p = p.minusMonths(1)) {
            result.add(Formats.period(p));
        }
        return result;
    }

    /** A touch on a month's line opens or closes its details. */
    private void toggle(Div row) {
        test(find(Div.class).withClassName("month-head").from(row).single()).click();
    }

    private void selectYear(int year) {
        test(yearSelect()).selectItem(String.valueOf(year));
    }

    private Div row(String period) {
        return rows().stream().filter(r -> period.equals(r.getElement().getAttribute("data-period")))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + period + " in " + periods()));
    }

    private static Div details(Div row) {
        return (Div) row.getChildren().filter(c -> c.hasClassName("month-details")).findFirst().orElseThrow();
    }

    /**
     * A month whose due date has not come is "not due yet", never unpaid: a member of its own with four
     * months of this year whose due dates lie around the kiosk's today (on time, late, past due
     * without payment, due today).
     */
    @Test
    void aMonthNotYetDueIsCountedApartFromUnpaid() {
        TestData data = new TestData(jdbc, clock);
        try {
            LocalDate today = kioskTime.today(DEMO_KIOSK);
            long employer = data.employer("99990401", "PT Uji Ringkasan", 1);
            long member = data.member("3471041505900001", "Uji Ringkasan Tahun", Segment.PU, MemberStatus.ACTIVE);
            long card = data.card(member, TestData.KPJ_PREFIX + "740001", Segment.PU, employer,
                    LocalDate.of(today.getYear(), 1, 1), null, true);
            ContributionAmounts a = TestData.amounts(5_000_000, 185_000, 100_000, 0, 0, 12_000, 15_000);
            LocalDate jan = LocalDate.of(today.getYear(), 1, 1);
            data.contribution(new TestData.Month(card, member, employer, jan, Segment.PU, a,
                    today.minusDays(60), today.minusDays(61), today.minusDays(59), 0, PaidBy.EMPLOYER));
            data.contribution(new TestData.Month(card, member, employer, jan.plusMonths(1), Segment.PU, a,
                    today.minusDays(50), today.minusDays(45), today.minusDays(44), 6_000, PaidBy.EMPLOYER));
            data.contribution(new TestData.Month(card, member, employer, jan.plusMonths(2), Segment.PU, a,
                    today.minusDays(1), null, null, 0, PaidBy.EMPLOYER));
            data.contribution(new TestData.Month(card, member, employer, jan.plusMonths(3), Segment.PU, a,
                    today, null, null, 0, PaidBy.EMPLOYER));
            memberSessions.begin(member, DEMO_KIOSK, LoginMethod.KPJ);
            navigate(ContributionsView.class);
            assertEquals("2", text("summary-paid"), "on time and late");
            assertEquals("1", text("summary-late"));
            assertEquals("1", text("summary-unpaid"), "past its due date yesterday");
            assertEquals("1", text("summary-not-due"), "due today: not late yet");
            assertEquals("4", text("summary-months"));
        } finally {
            memberSessions.logout(id.kiosmandiri.session.SessionEndReason.LOGOUT);
            data.deleteAll();
        }
    }

    @Test
    void theNewestYearIsShownNewestMonthFirst() {
        loginAs(DemoLogin.BUDI);
        navigate(ContributionsView.class);
        // Budi's employer reports every month up to last month
        LocalDate lastMonth = kioskTime.today(DEMO_KIOSK).withDayOfMonth(1).minusMonths(1);
        assertEquals(lastMonth.getYear(), yearSelect().getValue());
        assertEquals(monthsDown(lastMonth), periods());
        assertFalse(exists("contributions-more"), "a year has at most 12 months: one page");
    }

    @Test
    void everyYearWithMonthsCanBeChosenNewestFirst() {
        loginAs(DemoLogin.BUDI);
        navigate(ContributionsView.class);
        int newest = kioskTime.today(DEMO_KIOSK).withDayOfMonth(1).minusMonths(1).getYear();
        List<Integer> expected = new ArrayList<>();
        for (int y = newest; y >= 2012; y--) {
            expected.add(y);
        }
        assertEquals(expected, test(yearSelect()).getSuggestionItems(), "Budi joined in March 2012");
    }

    @Test
    void choosingAnEarlierYearShowsOnlyThatYearsTwelveMonths() {
        loginAs(DemoLogin.BUDI);
        navigate(ContributionsView.class);
        selectYear(2020);
        assertEquals(2020, yearSelect().getValue());
        assertEquals(monthsDown(LocalDate.of(2020, 12, 1)), periods());
        assertFalse(exists("contributions-more"));
        assertEquals("12", text("summary-months"));
        assertEquals("12", text("summary-paid"));
        assertEquals("0", text("summary-late"));
        assertEquals("0", text("summary-unpaid"));
        assertEquals("0", text("summary-not-due"));
        assertTrue(text("year-summary").contains("Terlambat (bagian dari dibayar)0"), text("year-summary"));
        assertTrue(text("year-summary").contains("Total iuran 2020"));

        selectYear(2012);
        assertEquals(monthsDown(LocalDate.of(2012, 12, 1)).subList(0, 10), periods(), "March to December 2012");
    }

    /**
     * No demo member has more than 12 months in a year, so this test gives Budi a second card
     * reported in 2020 (two jobs at once), inside the test's transaction, rolled back afterwards.
     */
    @Test
    @Transactional
    void twoCardsInOneYearArePagedTwelveAtATime() {
        Long budi = memberId(DemoLogin.BUDI);
        jdbc.update("""
                INSERT INTO membership_card (member_id, kpj, card_uid, segment, employer_id, jht_start, jp_start, merged, issued_at)
                VALUES (?, '19999999990', NULL, 'PU', 10, '2020-01-01', NULL, FALSE, '2020-01-01')""", budi);
        Long card = jdbc.queryForObject("SELECT id FROM membership_card WHERE kpj = '19999999990'", Long.class);
        for (int month = 1; month <= 12; month++) {
            LocalDate period = LocalDate.of(2020, month, 1);
            LocalDate due = period.plusMonths(1).withDayOfMonth(15);
            jdbc.update("""
                    INSERT INTO contribution (card_id, member_id, employer_id, period, segment, reported_wage, back_pay,
                        jht_employer, jht_worker, jp_employer, jp_worker, jkk, jkm, due_date, deposit_date, posting_date,
                        late_penalty, paid_by)
                    VALUES (?, ?, 10, ?, 'PU', 2000000, 0, 74000, 40000, 0, 0, 4800, 6000, ?, ?, ?, 0, 'EMPLOYER')""",
                    card, budi, period, due, due.minusDays(2), due.minusDays(1));
        }
        memberSessions.begin(budi, DEMO_KIOSK, id.kiosmandiri.session.LoginMethod.KPJ);
        navigate(ContributionsView.class);
        selectYear(2020);

        assertEquals(12, rows().size(), "the first page");
        assertEquals(List.of("12-2020", "12-2020", "11-2020", "11-2020", "10-2020", "10-2020"), periods().subList(0, 6));
        assertTrue(exists("contributions-more"), "24 months in 2020: there is more");
        assertEquals("Tampilkan bulan berikutnya", button("contributions-more").getText());

        click("contributions-more");
        List<String> all = periods();
        assertEquals(24, all.size());
        List<String> expected = new ArrayList<>();
        monthsDown(LocalDate.of(2020, 12, 1)).forEach(p -> {
            expected.add(p);
            expected.add(p);
        });
        assertEquals(expected, all, "each month twice, once per card, newest first");
        assertFalse(exists("contributions-more"), "nothing more to load");
    }

    @Test
    void tappingALateMonthShowsItsDetailsWithThePenalty() {
        Long hendra = loginAs(DemoLogin.HENDRA);
        LocalDate today = kioskTime.today(DEMO_KIOSK);
        ContributionLine late = historyService.yearSummaries(hendra, today).stream()
                .flatMap(y -> historyService.page(hendra, y.year(), Pageable.unpaged()).getContent().stream())
                .filter(l -> l.status(today) == ContributionLine.Status.LATE && l.latePenalty() > 0)
                .max(Comparator.comparing(ContributionLine::period))
                .orElseThrow(() -> new AssertionError("Hendra's employer pays late now and then"));
        navigate(ContributionsView.class);
        selectYear(late.period().getYear());

        Div row = row(Formats.period(late.period()));
        String head = row.getElement().getTextRecursively();
        assertTrue(head.contains("Terlambat"), head);
        assertFalse(details(row).isVisible(), "details open on a tap, not before");

        toggle(row);
        Div details = details(row);
        assertTrue(details.isVisible());
        Component penalty = find(Div.class).withClassName("penalty").from(details).single();
        assertEquals("Denda keterlambatan (ditanggung pemberi kerja)" + Formats.rupiah(late.latePenalty()),
                penalty.getElement().getTextRecursively());
        String text = details.getElement().getTextRecursively();
        assertTrue(text.contains("Kartu•••••••0067"), text);
        assertTrue(text.contains("Dibayar olehPemberi kerja"), text);
        assertTrue(text.contains("Batas bayar" + Formats.date(late.dueDate(), java.util.Locale.forLanguageTag("id"))), text);

        toggle(row);
        assertFalse(details(row).isVisible(), "a second tap closes the details");
    }

    /** Hendra's employer pays late and owes the last months: every status shows up somewhere. */
    @Test
    void theYearSummaryCountsTheMonthRowsShown() {
        Long hendra = loginAs(DemoLogin.HENDRA);
        navigate(ContributionsView.class);
        for (YearSummary y : historyService.yearSummaries(hendra, kioskTime.today(DEMO_KIOSK))) {
            selectYear(y.year());
            List<String> statuses = rows().stream()
                    .map(r -> find(Span.class).withClassName("status-badge").from(r).single().getText())
                    .toList();
            long paid = count(statuses, "Tepat waktu") + count(statuses, "Terlambat");
            assertEquals(String.valueOf(rows().size()), text("summary-months"), "year " + y.year());
            assertEquals(String.valueOf(paid), text("summary-paid"), "year " + y.year());
            assertEquals(String.valueOf(count(statuses, "Terlambat")), text("summary-late"), "year " + y.year());
            assertEquals(String.valueOf(count(statuses, "Belum dibayar")), text("summary-unpaid"), "year " + y.year());
            assertEquals(String.valueOf(count(statuses, "Belum jatuh tempo")), text("summary-not-due"), "year " + y.year());
        }
    }

    private static long count(List<String> statuses, String status) {
        return statuses.stream().filter(status::equals).count();
    }

    @Test
    void anOnTimeMonthHasNoPenaltyLine() {
        loginAs(DemoLogin.BUDI);
        navigate(ContributionsView.class);
        selectYear(2020);
        Div row = row("06-2020");
        assertTrue(row.getElement().getTextRecursively().contains("Tepat waktu"));
        toggle(row);
        assertFalse(find(Div.class).withClassName("penalty").from(details(row)).exists());
        assertTrue(details(row).getElement().getTextRecursively().contains("Periode06-2020"));
    }

    @Test
    void aPp49MonthShowsItsDeferredJpAsDeferredNotUnpaid() {
        loginAs(DemoLogin.BUDI);
        navigate(ContributionsView.class);
        selectYear(2020);
        Div august = row("08-2020");
        assertFalse(august.getElement().getTextRecursively().contains("Belum dibayar"), "a deferred JP is not unpaid");
        toggle(august);
        Component deferred = find(Div.class).withClassName("jp-deferred").from(details(august)).single();
        String text = deferred.getElement().getTextRecursively();
        assertTrue(text.startsWith("Iuran JP ditangguhkan (PP 49/2020, dilunasi paling lambat 15 April 2022)Rp "), text);
        assertTrue(details(august).getElement().getTextRecursively().contains("Batas bayar30 September 2020"),
                details(august).getElement().getTextRecursively());

        Div july = row("07-2020");
        toggle(july);
        assertFalse(find(Div.class).withClassName("jp-deferred").from(details(july)).exists(), "July 2020: before PP 49/2020");
    }

    @Test
    void informalMonthsArePaidByTheMemberThemselves() {
        loginAs(DemoLogin.AGUS);
        navigate(ContributionsView.class);
        selectYear(2021);
        Div row = row("03-2021");
        assertTrue(row.getElement().getTextRecursively().contains("Dibayar sendiri (BPU)"));
        toggle(row);
        String details = details(row).getElement().getTextRecursively();
        assertTrue(details.contains("Penghasilan dilaporkanRp 3.000.000"), details);
        assertTrue(details.contains("Dibayar olehPeserta sendiri"), details);
    }

    @Test
    void theSelectedYearsStatementAndAPaidMonthsProofCanBePrinted() {
        loginAs(DemoLogin.BUDI);
        navigate(ContributionsView.class);
        selectYear(2020);
        assertEquals("Cetak informasi dana 2020", text("print-statement"));
        assertFalse(exists("print-proof"), "no month opened yet");

        Div march = row("03-2020");
        toggle(march);
        assertEquals(1, find(Component.class).withId("print-proof").all().size());
        assertTrue(find(Component.class).withId("print-proof").from(details(march)).exists(), "in the opened month");
        Div april = row("04-2020");
        toggle(april);
        assertEquals(1, find(Component.class).withId("print-proof").all().size(), "one proof button: ids stay unique");
        assertTrue(find(Component.class).withId("print-proof").from(details(april)).exists(), "moved to the month opened last");

        click("print-proof");
        assertOnScreen("receipt/proof/2020-04");
        navigate(ContributionsView.class);
        selectYear(2020);
        click("print-statement");
        assertOnScreen("receipt/statement/2020");
    }

    @Test
    void anUnpaidMonthHasNoProofToPrint() {
        Long hendra = loginAs(DemoLogin.HENDRA);
        LocalDate today = kioskTime.today(DEMO_KIOSK);
        ContributionLine unpaid = historyService.yearSummaries(hendra, today).stream()
                .flatMap(y -> historyService.page(hendra, y.year(), Pageable.unpaged()).getContent().stream())
                .filter(l -> l.status(today) == ContributionLine.Status.UNPAID)
                .findFirst().orElseThrow(() -> new AssertionError("Hendra's employer owes the last months"));
        navigate(ContributionsView.class);
        selectYear(unpaid.period().getYear());
        toggle(row(Formats.period(unpaid.period())));
        assertFalse(exists("print-proof"));
    }

    @Test
    void aKioskThatDoesNotPrintShowsNoPrintButtons() {
        UI.getCurrent().navigate("", QueryParameters.of("kiosk", "TEST-BALANCE"));
        memberSessions.begin(memberId(DemoLogin.BUDI), "TEST-BALANCE", LoginMethod.KPJ);
        navigate(ContributionsView.class);
        toggle(rows().getFirst());
        assertFalse(exists("print-statement"));
        assertFalse(exists("print-proof"));
    }

    @Test
    void aMemberWithoutContributionsIsToldSo() {
        loginAs(DemoLogin.RUDI);
        navigate(ContributionsView.class);
        assertEquals("Belum ada iuran yang tercatat untuk Anda.", text("contributions-none"));
        assertFalse(exists("year-select"));
        assertTrue(rows().isEmpty());
    }
}
