package id.kiosmandiri.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.kiosmandiri.kiosk.Branch;
import id.kiosmandiri.session.UsageAnalytics;
import id.kiosmandiri.session.UsageReport;
import id.kiosmandiri.session.UsageScope;
import id.kiosmandiri.staff.AnalyticsRangeException;
import id.kiosmandiri.staff.CurrentStaff;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.staff.FleetService;
import id.kiosmandiri.staff.StaffAnalytics;
import id.kiosmandiri.staff.StaffContext;
import id.kiosmandiri.staff.StaffRole;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Usage analytics for a date range: every branch, one branch or one kiosk (branch staff: their own
 * branch and its kiosks; the service refuses anything else). The page renders one
 * {@link UsageReport} ({@link #show}): headline figures, then each chart (drawn on the server as
 * SVG) with a table of its exact figures beside it, and a CSV of every table ({@code export-csv}).
 * Days and hours are the branch's local time.
 */
@Route(value = "staff/analytics", layout = StaffLayout.class)
@RolesAllowed({StaffRole.ADMIN_ROLE, StaffRole.BRANCH_STAFF_ROLE})
class AnalyticsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsView.class);
    private static final String METRIC_PREFIX = "staff.analytics.metric.";
    /** Both bundles hold the same keys (I18nBundleTest), so the base one says which metrics have words. */
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n/messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    /** What the page shows now: the CSV download exports exactly this. */
    record Shown(UsageScope scope, LocalDate from, LocalDate to) {
    }

    private final StaffContext staffContext;
    private final StaffAnalytics analytics;
    private final FleetService fleet;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<UsageScope> scope = new Select<>();
    private final Select<UsageScope> kiosk = new Select<>();
    private final Anchor export = new Anchor();
    private final Paragraph error = new Paragraph();
    private final Div results = new Div();
    /** Names of the branches and kiosks this staff member may see, by scope. */
    private final Map<UsageScope, String> names = new LinkedHashMap<>();
    private List<KioskConfig> kiosks = List.of();
    private volatile Shown shown;

    AnalyticsView(StaffContext staffContext, StaffAnalytics analytics, FleetService fleet) {
        this.staffContext = staffContext;
        this.analytics = analytics;
        this.fleet = fleet;
        addClassNames("staff-page", "staff-analytics");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentStaff staff = staffContext.require();
        names.clear();
        names.put(UsageScope.all(), getTranslation("staff.all-branches"));
        for (Branch branch : fleet.branches(staff)) {
            names.put(UsageScope.branch(branch.code()), branch.name());
        }
        kiosks = fleet.configured(staff);
        for (KioskConfig k : kiosks) {
            names.put(UsageScope.kiosk(k.id()), k.id() + " · " + k.name());
        }
        removeAll();
        add(new H1(getTranslation("staff.analytics.title")), controls(staff), error, results);
        UsageScope first = analytics.defaultScope(staff);
        scope.setValue(first);
        StaffAnalytics.Range range = analytics.defaultRange(first);
        from.setValue(range.from());
        to.setValue(range.to());
        apply();
    }

    private Div controls(CurrentStaff staff) {
        Locale locale = getLocale();
        from.setId("analytics-from");
        from.setLabel(getTranslation("staff.analytics.from"));
        to.setId("analytics-to");
        to.setLabel(getTranslation("staff.analytics.to"));
        for (DatePicker picker : List.of(from, to)) {
            picker.setLocale(locale);
            picker.setI18n(datePickerTexts(locale));
        }
        scope.setId("analytics-scope");
        scope.setLabel(getTranslation("staff.analytics.scope"));
        List<UsageScope> scopes = new ArrayList<>();
        if (staff.admin()) {
            scopes.add(UsageScope.all());
        }
        fleet.branches(staff).forEach(b -> scopes.add(UsageScope.branch(b.code())));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(this::name);
        scope.addValueChangeListener(e -> kioskChoices(e.getValue()));
        kiosk.setId("analytics-kiosk");
        kiosk.setLabel(getTranslation("staff.analytics.kiosk"));
        kiosk.setEmptySelectionAllowed(true);
        kiosk.setEmptySelectionCaption(getTranslation("staff.analytics.kiosk.all"));
        kiosk.setItemLabelGenerator(k -> k == null ? getTranslation("staff.analytics.kiosk.all") : name(k));
        Button apply = new Button(getTranslation("staff.analytics.apply"), e -> apply());
        apply.setId("analytics-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.setId("export-csv");
        export.setText(getTranslation("staff.analytics.export"));
        export.setHref(DownloadHandler.fromInputStream(this::csv));
        export.addClassName("staff-download");
        error.setId("analytics-error");
        error.addClassName("staff-alert");
        error.setVisible(false);
        results.setId("analytics-results");
        results.addClassName("staff-analytics-results");
        Div row = new Div(from, to, scope, kiosk, apply, export);
        row.addClassName("staff-form-row");
        Div card = new Div(row);
        card.addClassName("staff-card");
        return card;
    }

    private void kioskChoices(UsageScope chosen) {
        List<UsageScope> choices = kiosks.stream()
                .filter(k -> chosen == null || chosen.level() == UsageScope.Level.ALL || k.branchCode().equals(chosen.code()))
                .map(k -> UsageScope.kiosk(k.id())).toList();
        kiosk.setItems(choices);
        kiosk.setValue(null);
    }

    /** Asks for the chosen scope and range; a refused range leaves what is shown as it was. */
    private void apply() {
        CurrentStaff staff = staffContext.require();
        UsageScope wanted = kiosk.getValue() != null ? kiosk.getValue() : scope.getValue();
        try {
            Optional<UsageReport> report = analytics.report(staff, wanted, from.getValue(), to.getValue());
            error.setVisible(false);
            report.ifPresentOrElse(this::show, () -> clear("staff.analytics.error.denied"));
        } catch (AnalyticsRangeException e) {
            error.setText(getTranslation(e.messageKey(), StaffAnalytics.MAX_DAYS));
            error.setVisible(true);
        } catch (RuntimeException e) {
            log.warn("Usage analytics for {} could not be read: {}", wanted.key(), e.toString());
            clear("staff.analytics.error.unavailable");
        }
    }

    private void clear(String messageKey) {
        shown = null;
        results.removeAll();
        export.setEnabled(false);
        error.setText(getTranslation(messageKey));
        error.setVisible(true);
    }

    /** Renders one report: the page is this report and nothing else. */
    void show(UsageReport report) {
        shown = new Shown(report.scope(), report.from(), report.to());
        export.setEnabled(true);
        results.removeAll();
        Paragraph caption = new Paragraph(getTranslation("staff.analytics.caption", name(report.scope()),
                date(report.from()), date(report.to())) + " · " + zoneNote(report.scope()));
        caption.setId("analytics-caption");
        caption.addClassName("staff-muted");
        results.add(caption, headline(report));
        helpTiles(report).ifPresent(results::add);
        boolean anyLogin = report.logins().stream().anyMatch(l -> l.succeeded() + l.failed() > 0) || report.lockouts() > 0;
        if (report.sessions() == 0) {
            Paragraph empty = new Paragraph(getTranslation("staff.analytics.empty"));
            empty.setId("analytics-empty");
            empty.addClassName("staff-note");
            results.add(empty);
            if (anyLogin) {
                results.add(logins(report));
            }
            if (!report.features().isEmpty()) {
                results.add(features(report));
            }
            return;
        }
        results.add(perDay(report), perHour(report), heatMap(report), logins(report), endReasons(report));
        if (!report.features().isEmpty()) {
            results.add(features(report));
        }
        if (!report.sessionsByPart().isEmpty()) {
            results.add(parts(report));
        }
    }

    private Div headline(UsageReport report) {
        long succeeded = report.logins().stream().mapToLong(UsageReport.LoginCount::succeeded).sum();
        long failed = report.logins().stream().mapToLong(UsageReport.LoginCount::failed).sum();
        UsageReport.DurationSummary durations = report.durations();
        Div tiles = new Div(
                tile("analytics-sessions", "staff.analytics.sessions", number(report.sessions())),
                tile("analytics-logins-ok", "staff.analytics.logins.succeeded", number(succeeded)),
                tile("analytics-logins-failed", "staff.analytics.logins.failed", number(failed)),
                tile("analytics-lockouts", "staff.analytics.lockouts", number(report.lockouts())),
                estimateTile("analytics-duration-median", "staff.analytics.duration.median", durations == null ? null : durations.median()),
                estimateTile("analytics-duration-p90", "staff.analytics.duration.p90", durations == null ? null : durations.p90()));
        tiles.addClassName("staff-tiles");
        return tiles;
    }

    /** The calls for help of the same scope and range: how many were closed, how long members waited, how long staff took. */
    private Optional<Div> helpTiles(UsageReport report) {
        Optional<CurrentStaff> staff = staffContext.current();
        if (staff.isEmpty()) {
            return Optional.empty();
        }
        try {
            return analytics.helpStatistics(staff.get(), report.scope(), report.from(), report.to()).map(help -> {
                Div tiles = new Div(
                        tile("analytics-help-requests", "staff.analytics.help.requests", number(help.closed())),
                        tile("analytics-help-wait", "staff.analytics.help.wait", exact(help.medianWait())),
                        tile("analytics-help-wait-average", "staff.analytics.help.wait-average", exact(help.averageWait())),
                        tile("analytics-help-handle", "staff.analytics.help.handle", exact(help.medianHandle())));
                tiles.addClassNames("staff-tiles", "analytics-help");
                return tiles;
            });
        } catch (RuntimeException e) {
            log.warn("Help statistics for {} could not be read: {}", report.scope().key(), e.toString());
            return Optional.empty();
        }
    }

    /** A measured duration, to the second. */
    private String exact(Duration duration) {
        if (duration == null) {
            return "–";
        }
        long seconds = Math.round(duration.toMillis() / 1000.0);
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        return hours > 0 ? getTranslation("staff.analytics.duration.hm", hours, minutes)
                : minutes > 0 && rest == 0 ? getTranslation("staff.analytics.duration.m", minutes)
                : minutes > 0 ? getTranslation("staff.analytics.duration.ms", minutes, rest)
                : getTranslation("staff.analytics.duration.s", rest);
    }

    private Div tile(String id, String labelKey, String value) {
        Span figure = new Span(value);
        figure.setId(id);
        figure.addClassName("staff-tile-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("staff-tile-label");
        Div tile = new Div(label, figure);
        tile.addClassName("staff-tile");
        return tile;
    }

    private Div estimateTile(String id, String labelKey, Duration duration) {
        Div tile = tile(id, labelKey, estimate(duration));
        tile.addClassName("staff-tile-estimate");
        return tile;
    }

    private Div perDay(UsageReport report) {
        List<LocalDate> days = report.sessionsPerDay().stream().map(UsageReport.DayCount::day).toList();
        List<Long> counts = report.sessionsPerDay().stream().map(UsageReport.DayCount::sessions).toList();
        String svg = UsageCharts.perDay(days, counts, getTranslation("staff.analytics.axis.sessions"), getLocale());
        Element table = table("analytics-per-day", List.of("staff.analytics.day", "staff.analytics.sessions"),
                report.sessionsPerDay().stream().map(d -> List.of(date(d.day()), number(d.sessions()))).toList());
        return section("staff.analytics.per-day", chart("analytics-per-day-chart", svg, "staff.analytics.per-day"), table);
    }

    private Div perHour(UsageReport report) {
        List<String> hours = IntStream.range(0, report.sessionsPerHour().size()).mapToObj(AnalyticsView::hour).toList();
        String svg = UsageCharts.columns(hours, report.sessionsPerHour(), getTranslation("staff.analytics.axis.hour"),
                getTranslation("staff.analytics.axis.sessions"));
        Element table = table("analytics-per-hour", List.of("staff.analytics.hour", "staff.analytics.sessions"),
                IntStream.range(0, hours.size()).mapToObj(h -> List.of(hours.get(h) + ":00", number(report.sessionsPerHour().get(h))))
                        .toList());
        return section("staff.analytics.per-hour", chart("analytics-per-hour-chart", svg, "staff.analytics.per-hour"), table);
    }

    private static String hour(int hour) {
        return String.format(Locale.ROOT, "%02d", hour);
    }

    /** The busiest hours of the week as a shaded grid: the shading is the chart, the numbers its figures. */
    private Div heatMap(UsageReport report) {
        List<List<Long>> week = report.sessionsByWeekday();
        long max = week.stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElse(0);
        Element table = new Element("table");
        table.setAttribute("id", "analytics-heatmap");
        table.getClassList().add("staff-table");
        table.getClassList().add("staff-heatmap");
        Element head = new Element("tr");
        head.appendChild(new Element("th").setText(getTranslation("staff.analytics.weekday")).setAttribute("scope", "col"));
        for (int hour = 0; hour < 24; hour++) {
            head.appendChild(new Element("th").setText(hour(hour)).setAttribute("scope", "col"));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (int day = 0; day < week.size(); day++) {
            Element row = new Element("tr");
            row.appendChild(new Element("th").setText(DayOfWeek.of(day + 1).getDisplayName(TextStyle.FULL, getLocale()))
                    .setAttribute("scope", "row"));
            for (long value : week.get(day)) {
                Element cell = new Element("td").setText(number(value));
                double share = max == 0 ? 0 : (double) value / max;
                cell.getStyle().set("background-color", shade(share));
                if (share > 0.55) {
                    cell.getClassList().add("staff-heat-dark");
                } else if (value == 0) {
                    cell.getClassList().add("staff-heat-zero");
                }
                row.appendChild(cell);
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        Div wrap = new Div();
        wrap.addClassName("staff-table-wrap");
        wrap.getElement().appendChild(table);
        Paragraph note = new Paragraph(getTranslation("staff.analytics.heatmap.note"));
        note.addClassName("staff-muted");
        Div card = new Div(new H2(getTranslation("staff.analytics.heatmap")), note, wrap);
        card.addClassName("staff-card");
        return card;
    }

    /** White to the bars' green, by the share of the busiest hour. */
    private static String shade(double share) {
        if (share <= 0) {
            return "#ffffff";
        }
        double t = 0.1 + 0.9 * share;
        int r = (int) Math.round(255 + (UsageCharts.BAR.getRed() - 255) * t);
        int g = (int) Math.round(255 + (UsageCharts.BAR.getGreen() - 255) * t);
        int b = (int) Math.round(255 + (UsageCharts.BAR.getBlue() - 255) * t);
        return String.format(Locale.ROOT, "rgb(%d, %d, %d)", r, g, b);
    }

    private Div logins(UsageReport report) {
        List<String> methods = report.logins().stream()
                .map(l -> getTranslation("staff.analytics.method." + l.method().name().toLowerCase(Locale.ROOT))).toList();
        String svg = UsageCharts.stacked(methods, getTranslation("staff.analytics.logins.succeeded"),
                report.logins().stream().map(UsageReport.LoginCount::succeeded).toList(),
                getTranslation("staff.analytics.logins.failed"), report.logins().stream().map(UsageReport.LoginCount::failed).toList(),
                getTranslation("staff.analytics.axis.logins"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < methods.size(); i++) {
            UsageReport.LoginCount login = report.logins().get(i);
            rows.add(List.of(methods.get(i), number(login.succeeded()), number(login.failed())));
        }
        rows.add(List.of(getTranslation("staff.analytics.lockouts"), "", number(report.lockouts())));
        Element table = table("analytics-logins", List.of("staff.analytics.method", "staff.analytics.logins.succeeded",
                "staff.analytics.logins.failed"), rows);
        return section("staff.analytics.logins", chart("analytics-logins-chart", svg, "staff.analytics.logins"), table);
    }

    private Div endReasons(UsageReport report) {
        List<String> reasons = report.endReasons().stream()
                .map(r -> getTranslation("staff.analytics.end." + r.reason().name().toLowerCase(Locale.ROOT))).toList();
        List<Long> counts = report.endReasons().stream().map(UsageReport.ReasonCount::sessions).toList();
        String svg = UsageCharts.bars(reasons, counts, getTranslation("staff.analytics.axis.sessions"));
        Element table = table("analytics-end-reasons", List.of("staff.analytics.end", "staff.analytics.sessions"),
                IntStream.range(0, reasons.size()).mapToObj(i -> List.of(reasons.get(i), number(counts.get(i)))).toList());
        UsageReport.DurationSummary durations = report.durations();
        Paragraph note = new Paragraph(getTranslation("staff.analytics.duration.note", durations == null ? 0 : durations.measured()));
        note.setId("analytics-duration-note");
        note.addClassName("staff-muted");
        Div section = section("staff.analytics.end", chart("analytics-end-reasons-chart", svg, "staff.analytics.end"), table);
        section.add(note);
        return section;
    }

    private Div features(UsageReport report) {
        List<String> labels = report.features().stream().map(f -> metric(f.metric())).toList();
        List<Long> counts = report.features().stream().map(UsageReport.MetricCount::count).toList();
        String svg = UsageCharts.bars(labels, counts, getTranslation("staff.analytics.axis.uses"));
        Element table = table("analytics-features", List.of("staff.analytics.feature", "staff.analytics.uses"),
                IntStream.range(0, labels.size()).mapToObj(i -> List.of(labels.get(i), number(counts.get(i)))).toList());
        return section("staff.analytics.features", chart("analytics-features-chart", svg, "staff.analytics.features"), table);
    }

    private Div parts(UsageReport report) {
        boolean branches = report.scope().level() == UsageScope.Level.ALL;
        Element table = table("analytics-parts", List.of(branches ? "staff.analytics.branch" : "staff.analytics.kiosk",
                        "staff.analytics.sessions"),
                report.sessionsByPart().stream().map(p -> List.of(name(p.part()), number(p.sessions()))).toList());
        Div wrap = new Div();
        wrap.addClassName("staff-table-wrap");
        wrap.getElement().appendChild(table);
        Div card = new Div(new H2(getTranslation(branches ? "staff.analytics.per-branch" : "staff.analytics.per-kiosk")), wrap);
        card.addClassName("staff-card");
        return card;
    }

    /**
     * A metric in the page's words when the bundles know it ({@code feature:balance} is
     * {@code staff.analytics.metric.feature.balance}), otherwise as the events name it, so a new
     * feature shows up before anyone writes its words.
     */
    String metric(String metric) {
        String suffix = metric.toLowerCase(Locale.ROOT).replace(':', '.');
        if (TEXTS.containsKey(METRIC_PREFIX + suffix)) {
            return getTranslation("staff.analytics.metric." + suffix);
        }
        // "receipt-failed:BALANCE_SLIP PAPER_OUT": the known part in words, the rest as it is
        int space = suffix.indexOf(' ');
        if (space > 0 && TEXTS.containsKey(METRIC_PREFIX + suffix.substring(0, space))) {
            return getTranslation("staff.analytics.metric." + suffix.substring(0, space)) + " (" + metric.substring(space + 1) + ")";
        }
        return metric;
    }

    private Div section(String titleKey, Image chart, Element table) {
        Div tableWrap = new Div();
        tableWrap.addClassNames("staff-table-wrap", "staff-figures");
        tableWrap.getElement().appendChild(table);
        Div row = new Div(chart, tableWrap);
        row.addClassName("staff-chart-row");
        Div card = new Div(new H2(getTranslation(titleKey)), row);
        card.addClassName("staff-card");
        return card;
    }

    private Image chart(String id, String svg, String altKey) {
        Image image = new Image(UsageCharts.dataUri(svg), getTranslation("staff.analytics.chart.alt", getTranslation(altKey)));
        image.setId(id);
        image.addClassName("staff-chart");
        return image;
    }

    /** A plain table: a header row from bundle keys, the first column text, the others numbers. */
    private Element table(String id, List<String> headerKeys, List<List<String>> rows) {
        Element table = new Element("table");
        table.setAttribute("id", id);
        table.getClassList().add("staff-table");
        Element head = new Element("tr");
        for (int i = 0; i < headerKeys.size(); i++) {
            Element th = new Element("th").setText(getTranslation(headerKeys.get(i))).setAttribute("scope", "col");
            if (i > 0) {
                th.getClassList().add("staff-num");
            }
            head.appendChild(th);
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<String> cells : rows) {
            Element row = new Element("tr");
            for (int i = 0; i < cells.size(); i++) {
                Element cell = new Element(i == 0 ? "th" : "td").setText(cells.get(i));
                if (i == 0) {
                    cell.setAttribute("scope", "row");
                } else {
                    cell.getClassList().add("staff-num");
                }
                row.appendChild(cell);
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        return table;
    }

    /** What the page shows, which the CSV download exports; {@code null} when it shows no report. */
    Shown shownNow() {
        return shown;
    }

    /** The CSV of what is shown, asked of the service again (which checks the staff member and audits the export). */
    private DownloadResponse csv(DownloadEvent event) {
        Shown now = shown;
        Optional<CurrentStaff> staff = staffContext.current();
        if (now == null || staff.isEmpty()) {
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
        }
        return analytics.exportCsv(staff.get(), now.scope(), now.from(), now.to())
                .map(file -> new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        "text/csv;charset=UTF-8", file.content().length))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.FORBIDDEN));
    }

    private String name(UsageScope part) {
        return part == null ? getTranslation("staff.analytics.kiosk.all") : names.getOrDefault(part, part.code());
    }

    private String zoneNote(UsageScope part) {
        return part.level() == UsageScope.Level.ALL ? getTranslation("staff.analytics.zone.each")
                : getTranslation("staff.analytics.zone.branch", StaffFormats.zoneName(analytics.zone(part)));
    }

    /** Counts as plain digits, as the CSV has them (no separators to misread between the languages). */
    private static String number(long value) {
        return Long.toString(value);
    }

    /**
     * A duration figure: an estimate, the upper edge of its histogram bucket ("at most"), or the
     * longest measured for sessions longer than any bucket ("at least").
     */
    private String estimate(Duration duration) {
        if (duration == null) {
            return "–";
        }
        String bound = duration.compareTo(UsageAnalytics.LONGEST_MEASURED) >= 0 ? "≥ " : "≤ ";
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        int seconds = duration.toSecondsPart();
        String text = hours > 0 ? getTranslation("staff.analytics.duration.hm", hours, minutes)
                : minutes > 0 && seconds == 0 ? getTranslation("staff.analytics.duration.m", minutes)
                : minutes > 0 ? getTranslation("staff.analytics.duration.ms", minutes, seconds)
                : getTranslation("staff.analytics.duration.s", seconds);
        return bound + text;
    }

    private String date(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", getLocale()).format(day);
    }

    /** Month and weekday names in the page's language (from the JDK's locale data), Monday first. */
    private DatePicker.DatePickerI18n datePickerTexts(Locale locale) {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Stream.of(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(sundayFirst(TextStyle.FULL, locale))
                .setWeekdaysShort(sundayFirst(TextStyle.SHORT, locale))
                .setFirstDayOfWeek(1)
                .setDateFormat("dd-MM-yyyy")
                .setToday(getTranslation("staff.analytics.today"))
                .setCancel(getTranslation("staff.cancel"));
    }

    /** The date picker wants its weekday names from Sunday on. */
    private static List<String> sundayFirst(TextStyle style, Locale locale) {
        return IntStream.range(0, 7).mapToObj(i -> DayOfWeek.SUNDAY.plus(i).getDisplayName(style, locale)).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.analytics.page-title");
    }
}
