package id.kiosmandiri.staff.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestStaff;
import id.kiosmandiri.session.UsageAnalytics;
import id.kiosmandiri.session.UsageReport;
import id.kiosmandiri.session.UsageScope;
import id.kiosmandiri.staff.UsageReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The analytics page without a browser, signed in as the demo's staff: the controls each role
 * gets, and how the page renders one report ({@link AnalyticsView#show}, given a report made by
 * hand, so the test needs neither usage data nor a context of its own): the figures in plain
 * numbers, a chart with its table of figures, unknown metrics as they are named, an empty range,
 * a refused range that changes nothing; and the CSV download of what the page shows, from the real
 * usage figures, audited. Ids as in ../shared/KIOSK-UX.md.
 */
@IntegrationTest
@ViewPackages(packages = "id.kiosmandiri")
class AnalyticsViewTest extends SpringBrowserlessTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 3);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private AnalyticsView open() {
        UI.getCurrent().navigate("staff/analytics");
        assertThat(getCurrentView()).isInstanceOf(AnalyticsView.class);
        return (AnalyticsView) getCurrentView();
    }

    private <T extends Component> T byId(Class<T> type, String id) {
        return find(type).withId(id).single();
    }

    private String text(String id) {
        return byId(Component.class, id).getElement().getText();
    }

    /** A plain-HTML table's rows (below the component tree), each as its cells' texts. */
    private List<List<String>> rows(String tableId) {
        Element table = element(((Component) getCurrentView()).getElement(), tableId).orElseThrow(() -> new AssertionError(tableId));
        return table.getChildren().filter(e -> e.getTag().equals("tbody")).findFirst().orElseThrow().getChildren()
                .map(row -> row.getChildren().map(Element::getText).toList()).toList();
    }

    private static Optional<Element> element(Element root, String id) {
        if (id.equals(root.getAttribute("id"))) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> element(child, id)).flatMap(Optional::stream).findFirst();
    }

    @Test
    @WithUserDetails("salemba")
    void branchStaffChooseAmongTheirBranchsKiosksAndSeeEveryFigureOfTheReport() {
        AnalyticsView view = open();
        assertThat(find(Component.class).withId("staff-nav-analytics").exists()).isTrue();
        @SuppressWarnings("unchecked")
        Select<UsageScope> scope = byId(Select.class, "analytics-scope");
        assertThat(test(scope).getSuggestionItems()).containsExactly(UsageScope.branch("JKTSALEMBA"));
        @SuppressWarnings("unchecked")
        Select<UsageScope> kiosk = byId(Select.class, "analytics-kiosk");
        assertThat(test(kiosk).getSuggestionItems()).containsExactly(UsageScope.kiosk("DEMO-01"), UsageScope.kiosk("TEST-FUZZ"),
                UsageScope.kiosk("TEST-PDF"), UsageScope.kiosk("TEST-PRINT"), UsageScope.kiosk("TEST-SCREEN"));

        view.show(UsageReports.sample(UsageScope.branch("JKTSALEMBA"), FROM, TO));
        assertThat(text("analytics-sessions")).isEqualTo("12");
        assertThat(text("analytics-logins-ok")).isEqualTo("12");
        assertThat(text("analytics-logins-failed")).isEqualTo("4");
        assertThat(text("analytics-lockouts")).isEqualTo("1");
        assertThat(text("analytics-duration-median")).isEqualTo("≤ 3 mnt 30 dtk");
        assertThat(text("analytics-duration-p90")).isEqualTo("≤ 10 mnt");
        assertThat(text("analytics-caption")).startsWith("Kantor Cabang Jakarta Salemba · 1 November 2026 sampai 3 November 2026")
                .endsWith("(WIB)");

        assertThat(rows("analytics-per-day")).containsExactly(List.of("1 November 2026", "5"), List.of("2 November 2026", "0"),
                List.of("3 November 2026", "7"));
        assertThat(rows("analytics-per-hour")).hasSize(24).contains(List.of("09:00", "4"), List.of("10:00", "8"));
        List<List<String>> week = rows("analytics-heatmap");
        assertThat(week).extracting(List::getFirst).containsExactly("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu");
        assertThat(week.get(0).get(1 + 9)).isEqualTo("4");
        assertThat(week.get(1).get(1 + 10)).isEqualTo("8");
        assertThat(rows("analytics-logins")).containsExactly(List.of("Kartu", "6", "1"), List.of("NIK", "4", "3"),
                List.of("Nomor KPJ", "2", "0"), List.of("Terkunci (PIN salah)", "", "1"));
        assertThat(rows("analytics-end-reasons")).containsExactly(List.of("Keluar sendiri", "7"),
                List.of("Tidak ada sentuhan (waktu habis)", "4"), List.of("Keluar setelah cetak", "1"), List.of("Gangguan", "0"));
        assertThat(rows("analytics-features")).as("a metric without words shows as the events name it")
                .containsExactly(List.of("Saldo JHT", "9"), List.of("Struk saldo dicetak", "3"), List.of("feature:queue-ticket", "2"),
                        List.of("Struk saldo gagal dicetak (PAPER_OUT)", "1"));
        assertThat(rows("analytics-parts")).containsExactly(List.of("DEMO-01 · Kios Mandiri 1", "8"),
                List.of("TEST-PDF · Kios Uji PDF", "4"));
        for (String chart : List.of("analytics-per-day-chart", "analytics-per-hour-chart", "analytics-logins-chart",
                "analytics-end-reasons-chart", "analytics-features-chart")) {
            assertThat(byId(Image.class, chart).getSrc()).as(chart).startsWith("data:image/svg+xml;base64,");
        }
        assertThat(find(Component.class).withId("analytics-empty").exists()).isFalse();
        Anchor export = byId(Anchor.class, "export-csv");
        assertThat(export.isEnabled()).isTrue();
        assertThat(export.getHref()).as("a download of this page's figures").isNotBlank();
    }

    @Test
    @WithUserDetails("salemba")
    void theCsvDownloadHoldsWhatThePageShowsAndIsAudited() throws Exception {
        TestStaff audit = new TestStaff(jdbc, clock);
        AnalyticsView view = open();
        // the page opens on the branch's last 30 days, from the usage rollups
        assertThat(text("analytics-sessions")).matches("[0-9]+");
        AnalyticsView.Shown shown = view.shownNow();
        assertThat(shown.scope()).isEqualTo(UsageScope.branch("JKTSALEMBA"));
        assertThat(shown.to()).isEqualTo(LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))));
        assertThat(shown.from()).isEqualTo(shown.to().minusDays(29));

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        test(byId(Anchor.class, "export-csv")).download(file);
        assertThat(file.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFtable,item,detail,value\r\n")
                .contains("\r\nreport,from,," + shown.from() + "\r\n")
                .contains("\r\nsummary,sessions,," + text("analytics-sessions") + "\r\n");
        assertThat(audit.audit("salemba")).extracting(TestStaff.Audited::action, TestStaff.Audited::detail)
                .containsExactly(tuple("EXPORT", "csv branch:JKTSALEMBA " + shown.from() + ".." + shown.to()));
    }

    @Test
    @WithUserDetails("salemba")
    void aRangeWithoutSessionsSaysSoInsteadOfEmptyCharts() {
        open().show(UsageReports.empty(UsageScope.kiosk("DEMO-01"), FROM, TO));
        assertThat(text("analytics-sessions")).isEqualTo("0");
        assertThat(text("analytics-empty")).isEqualTo("Tidak ada sesi dalam rentang ini. Pilih rentang atau kios lain.");
        assertThat(text("analytics-duration-median")).isEqualTo("–");
        assertThat(find(Image.class).exists()).as("no chart").isFalse();
        assertThat(find(Component.class).withId("analytics-per-day").exists()).isFalse();
    }

    @Test
    @WithUserDetails("salemba")
    void aBackwardsRangeIsRefusedWithWordsAndWhatIsShownStays() {
        AnalyticsView view = open();
        view.show(UsageReports.sample(UsageScope.branch("JKTSALEMBA"), FROM, TO));
        test(byId(DatePicker.class, "analytics-from")).setValue(TO);
        test(byId(DatePicker.class, "analytics-to")).setValue(FROM);
        test(byId(Button.class, "analytics-apply")).click();
        assertThat(byId(Component.class, "analytics-error").isVisible()).isTrue();
        assertThat(text("analytics-error")).isEqualTo(
                "Tanggal akhir sebelum tanggal awal. Pilih tanggal akhir yang sama atau sesudahnya.");
        assertThat(text("analytics-sessions")).isEqualTo("12");
        assertThat(view.shownNow()).isEqualTo(new AnalyticsView.Shown(UsageScope.branch("JKTSALEMBA"), FROM, TO));
    }

    @Test
    @WithUserDetails("admin")
    void anAdminChoosesEveryBranchOrOneAndItsKiosksInEnglishToo() {
        open();
        @SuppressWarnings("unchecked")
        Select<UsageScope> scope = byId(Select.class, "analytics-scope");
        assertThat(test(scope).getSuggestionItems()).containsExactly(UsageScope.all(), UsageScope.branch("BDGSUCI"),
                UsageScope.branch("JKTSALEMBA"), UsageScope.branch("JYPJAYAPURA"), UsageScope.branch("MKSTAMALANREA"));
        assertThat(scope.getValue()).isEqualTo(UsageScope.all());
        test(scope).selectItem("Kantor Cabang Bandung Suci");
        @SuppressWarnings("unchecked")
        Select<UsageScope> kiosk = byId(Select.class, "analytics-kiosk");
        assertThat(test(kiosk).getSuggestionItems()).containsExactly(UsageScope.kiosk("TEST-BALANCE"), UsageScope.kiosk("TEST-IDLE"),
                UsageScope.kiosk("TEST-OUTAGE"));

        test(byId(Button.class, "staff-lang")).click();
        AnalyticsView english = (AnalyticsView) getCurrentView();
        english.show(UsageReports.sample(UsageScope.all(), FROM, TO));
        assertThat(rows("analytics-features")).extracting(List::getFirst)
                .containsExactly("JHT balance", "Balance slip printed", "feature:queue-ticket", "Balance slip failed to print (PAPER_OUT)");
        assertThat(text("analytics-duration-median")).isEqualTo("≤ 3 min 30 s");
        // beyond the last bucket a figure is a lower bound
        english.show(UsageReports.withDurations(UsageReports.sample(UsageScope.all(), FROM, TO),
                new UsageReport.DurationSummary(12, Duration.ofMinutes(4), UsageAnalytics.LONGEST_MEASURED)));
        assertThat(text("analytics-duration-p90")).isEqualTo("≥ 30 min");
        assertThat(text("analytics-caption")).isEqualTo("All branches · 1 November 2026 to 3 November 2026 · "
                + "days and hours in each branch's local time");
    }
}
