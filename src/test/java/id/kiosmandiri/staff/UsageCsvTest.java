package id.kiosmandiri.staff;

import id.kiosmandiri.session.UsageScope;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV export read back with Commons CSV: every table, exact figures, names that need quoting, the file name. */
class UsageCsvTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 3);

    @Test
    void everyTableOfTheReportComesBackWithItsExactFigures() throws IOException {
        byte[] csv = UsageCsv.write(UsageReports.sample(UsageScope.branch("JKTSALEMBA"), FROM, TO), "Kantor Cabang Jakarta Salemba",
                part -> part.code().equals("DEMO-01") ? "Kios Mandiri 1" : "Kios PDF");
        assertThat(Arrays.copyOf(csv, 3)).as("UTF-8 byte order mark for Excel")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<CSVRecord> records = parse(csv);
        assertThat(records).hasSize(3 + 5 + 3 + 24 + 7 * 24 + 6 + 4 + 4 + 2);
        Map<String, String> values = new LinkedHashMap<>();
        records.forEach(r -> values.put(r.get("table") + "|" + r.get("item") + "|" + r.get("detail"), r.get("value")));

        assertThat(values).containsEntry("report|scope|Kantor Cabang Jakarta Salemba", "branch:JKTSALEMBA")
                .containsEntry("report|from|", "2026-11-01").containsEntry("report|to|", "2026-11-03")
                .containsEntry("summary|sessions|", "12").containsEntry("summary|lockouts|", "1")
                .containsEntry("summary|durations-measured|", "12")
                .containsEntry("summary|duration-median-seconds|", "210").containsEntry("summary|duration-p90-seconds|", "600")
                .containsEntry("sessions-per-day|2026-11-01|", "5").containsEntry("sessions-per-day|2026-11-02|", "0")
                .containsEntry("sessions-per-day|2026-11-03|", "7")
                .containsEntry("sessions-per-hour|9|", "4").containsEntry("sessions-per-hour|10|", "8")
                .containsEntry("sessions-per-hour|23|", "0")
                .containsEntry("sessions-by-weekday-hour|MONDAY|9", "4").containsEntry("sessions-by-weekday-hour|TUESDAY|10", "8")
                .containsEntry("sessions-by-weekday-hour|SUNDAY|23", "0")
                .containsEntry("logins|CARD|succeeded", "6").containsEntry("logins|CARD|failed", "1")
                .containsEntry("logins|NIK|failed", "3").containsEntry("logins|KPJ|succeeded", "2")
                .containsEntry("end-reasons|LOGOUT|", "7").containsEntry("end-reasons|ERROR|", "0")
                .containsEntry("features|feature:balance|", "9").containsEntry("features|receipt-printed:BALANCE_SLIP|", "3")
                .containsEntry("features|feature:queue-ticket|", "2")
                .containsEntry("features|receipt-failed:BALANCE_SLIP PAPER_OUT|", "1")
                .containsEntry("sessions-by-part|kiosk:DEMO-01|Kios Mandiri 1", "8")
                .containsEntry("sessions-by-part|kiosk:TEST-PDF|Kios PDF", "4");
        assertThat(records.getFirst().get("table")).isEqualTo("report");
    }

    @Test
    void namesWithCommasQuotesAndLineBreaksSurvive() throws IOException {
        String branch = "Kantor \"Pusat\", Jakarta";
        String kiosk = "Kios 1, lobi \"utama\"\nlantai 2";
        byte[] csv = UsageCsv.write(UsageReports.sample(UsageScope.branch("JKTSALEMBA"), FROM, TO), branch, part -> kiosk);
        List<CSVRecord> records = parse(csv);
        assertThat(records.getFirst().get("detail")).isEqualTo(branch);
        assertThat(records.stream().filter(r -> r.get("table").equals("sessions-by-part")).map(r -> r.get("detail")))
                .containsExactly(kiosk, kiosk);
        assertThat(records).allSatisfy(r -> assertThat(r.size()).isEqualTo(4));
    }

    @Test
    void anEmptyRangeHasNoDurationFiguresAndNoParts() throws IOException {
        List<CSVRecord> records = parse(UsageCsv.write(UsageReports.empty(UsageScope.kiosk("DEMO-01"), FROM, FROM), "Kios Mandiri 1",
                part -> "-"));
        assertThat(records).filteredOn(r -> r.get("item").startsWith("duration-")).extracting(r -> r.get("value")).containsExactly("", "");
        assertThat(records).noneMatch(r -> r.get("table").equals("sessions-by-part"));
    }

    @Test
    void theFileIsNamedAfterThePlaceAndTheRange() {
        assertThat(UsageCsv.fileName("JKTSALEMBA", FROM, TO)).isEqualTo("kios-mandiri_JKTSALEMBA_2026-11-01_2026-11-03.csv");
        assertThat(UsageCsv.fileName("semua", FROM, TO)).isEqualTo("kios-mandiri_semua_2026-11-01_2026-11-03.csv");
        assertThat(UsageCsv.fileName("BDGSUCI-TEST-BALANCE", FROM, FROM)).isEqualTo("kios-mandiri_BDGSUCI-TEST-BALANCE_2026-11-01_2026-11-01.csv");
        assertThat(UsageCsv.fileName("A/B\"C\r\n", FROM, TO)).as("nothing that breaks a header or a path")
                .isEqualTo("kios-mandiri_A-B-C--_2026-11-01_2026-11-03.csv");
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            assertThat(parser.getHeaderNames()).containsExactly("table", "item", "detail", "value");
            return parser.getRecords();
        }
    }
}
