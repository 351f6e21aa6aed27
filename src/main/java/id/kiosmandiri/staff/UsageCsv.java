package id.kiosmandiri.staff;

import id.kiosmandiri.session.UsageReport;
import id.kiosmandiri.session.UsageScope;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Every table of the analytics page in one CSV file, in long ("tidy") form: one figure a row, columns
 * {@code table,item,detail,value}, so a spreadsheet can filter and pivot it and a new feature is one
 * more row, not a new column. The tables and what their columns hold:
 * <pre>
 * report                    scope | from | to            detail: the scope's name    value: scope key or date
 * summary                   sessions | lockouts | durations-measured | duration-median-seconds | duration-p90-seconds
 * sessions-per-day          the day (yyyy-MM-dd)
 * sessions-per-hour         the hour of day 0..23
 * sessions-by-weekday-hour  MONDAY..SUNDAY             detail: the hour 0..23
 * logins                    CARD | NIK | KPJ           detail: succeeded | failed
 * end-reasons               LOGOUT | IDLE | PRINT | ERROR
 * features                  the metric as the events name it (feature:balance, receipt-printed:BALANCE_SLIP, ...)
 * sessions-by-part          the scope key (kiosk:DEMO-01, branch:BDGSUCI)   detail: its name
 * </pre>
 * Codes, not translated words, so a file reads the same whichever language the page was in. The two
 * duration figures are estimates (the upper edge of a histogram bucket) and empty when no session
 * ended. UTF-8 with a byte order mark, which Excel needs to read it as UTF-8; quoting by Commons CSV.
 */
final class UsageCsv {

    static final String[] HEADER = {"table", "item", "detail", "value"};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setHeader(HEADER).get();

    private UsageCsv() {
    }

    /**
     * @param scopeName what the report's scope is called (a branch's or kiosk's name)
     * @param partNames the name of each part in {@link UsageReport#sessionsByPart()}
     */
    static byte[] write(UsageReport report, String scopeName, Function<UsageScope, String> partNames) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, FORMAT)) {
            csv.printRecord("report", "scope", scopeName, report.scope().key());
            csv.printRecord("report", "from", "", report.from());
            csv.printRecord("report", "to", "", report.to());
            csv.printRecord("summary", "sessions", "", report.sessions());
            csv.printRecord("summary", "lockouts", "", report.lockouts());
            UsageReport.DurationSummary durations = report.durations();
            csv.printRecord("summary", "durations-measured", "", durations == null ? 0 : durations.measured());
            csv.printRecord("summary", "duration-median-seconds", "", seconds(durations == null ? null : durations.median()));
            csv.printRecord("summary", "duration-p90-seconds", "", seconds(durations == null ? null : durations.p90()));
            for (UsageReport.DayCount day : report.sessionsPerDay()) {
                csv.printRecord("sessions-per-day", day.day(), "", day.sessions());
            }
            List<Long> hours = report.sessionsPerHour();
            for (int hour = 0; hour < hours.size(); hour++) {
                csv.printRecord("sessions-per-hour", hour, "", hours.get(hour));
            }
            List<List<Long>> week = report.sessionsByWeekday();
            for (int day = 0; day < week.size(); day++) {
                for (int hour = 0; hour < week.get(day).size(); hour++) {
                    csv.printRecord("sessions-by-weekday-hour", DayOfWeek.of(day + 1), hour, week.get(day).get(hour));
                }
            }
            for (UsageReport.LoginCount login : report.logins()) {
                csv.printRecord("logins", login.method(), "succeeded", login.succeeded());
                csv.printRecord("logins", login.method(), "failed", login.failed());
            }
            for (UsageReport.ReasonCount reason : report.endReasons()) {
                csv.printRecord("end-reasons", reason.reason(), "", reason.sessions());
            }
            for (UsageReport.MetricCount feature : report.features()) {
                csv.printRecord("features", feature.metric(), "", feature.count());
            }
            for (UsageReport.PartCount part : report.sessionsByPart()) {
                csv.printRecord("sessions-by-part", part.part().key(), partNames.apply(part.part()), part.sessions());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    private static String seconds(Duration duration) {
        return duration == null ? "" : Long.toString(duration.toSeconds());
    }

    /**
     * {@code kios-mandiri_<place>_<from>_<to>.csv}: the place is the branch code, {@code semua} for
     * every branch, or {@code <BRANCH>-<KIOSK>} for one kiosk; anything but letters, digits and
     * {@code -} becomes {@code -}, so the name is safe in a header and on any file system.
     */
    static String fileName(String place, LocalDate from, LocalDate to) {
        return "kios-mandiri_" + place.replaceAll("[^A-Za-z0-9-]", "-") + "_" + from + "_" + to + ".csv";
    }
}
