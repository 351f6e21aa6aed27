package id.kiosmandiri.receipt;

import id.kiosmandiri.kiosk.QrDecoding;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.kiosk.KioskTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Receipts from issue to paper on the real database: numbers per kiosk and day, the stored row, the
 * QR token's check, and printing to the fake ESC/POS printer (kiosk TEST-PRINT, port 59100) and to
 * the PDF folder (kiosk TEST-PDF), with the printer's faults.
 */
@IntegrationTest
class ReceiptServiceTest {

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final int PRINTER_PORT = 59100;

    @Autowired
    ReceiptService receipts;
    @Autowired
    ReceiptProperties properties;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    KioskTime kioskTime;

    private TestData data;
    private long member;
    private FakeEscPosPrinter printer;

    @BeforeEach
    void member() throws Exception {
        data = new TestData(jdbc, clock);
        member = data.loginMember("3471071505900077", TestData.KPJ_PREFIX + "770077", "1999977077", "Budi Cetak Santoso");
        // another test run on this machine may hold the port for a moment (kiosk TEST-PRINT names it)
        printer = FakeEscPosPrinter.startWhenFree(PRINTER_PORT, FakeEscPosPrinter.State.OK, Duration.ofSeconds(60));
    }

    @AfterEach
    void cleanUp() throws Exception {
        printer.close();
        jdbc.update("DELETE FROM usage_event WHERE kiosk_id IN ('TEST-PRINT', 'TEST-PDF') AND event_type LIKE 'receipt-%'");
        data.deleteAll();
    }

    private ReceiptContent slip(long amount) {
        return new ReceiptContent(ReceiptKind.BALANCE_SLIP, null, amount, "B*** C**** S******",
                new ReceiptDocument("SALDO JHT", List.of(
                        new ReceiptLine.Pair("Nama", "Budi Cetak Santoso"),
                        new ReceiptLine.Separator(),
                        new ReceiptLine.Pair("Saldo JHT", "Rp " + String.format(ID, "%,d", amount).replace(',', '.'), true)),
                        null, null));
    }

    private IssuedReceipt issue(String kiosk, long amount) {
        return receipts.issue(slip(amount), member, kiosk, null, ID);
    }

    private static String tokenOf(IssuedReceipt receipt) {
        String url = receipt.document().qrPayload();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private String status(IssuedReceipt receipt) {
        return jdbc.queryForObject("SELECT status FROM receipt WHERE id = ?", String.class, receipt.id());
    }

    @Test
    void numbersAreUniquePerKioskAndDayAndCountUp() {
        String day = kioskTime.today("TEST-PRINT").format(DateTimeFormatter.BASIC_ISO_DATE);
        IssuedReceipt first = issue("TEST-PRINT", 1_000);
        IssuedReceipt second = issue("TEST-PRINT", 2_000);
        IssuedReceipt elsewhere = issue("TEST-PDF", 3_000);

        assertThat(first.number()).matches("TEST-PRINT-" + day + "-\\d{4}");
        int n = Integer.parseInt(first.number().substring(first.number().length() - 4));
        assertThat(second.number()).isEqualTo("TEST-PRINT-%s-%04d".formatted(day, n + 1));
        assertThat(elsewhere.number()).startsWith("TEST-PDF-" + day + "-");
        assertThat(status(first)).isEqualTo("PENDING");
        assertThat(first.document().footer()).contains(first.number());
    }

    @Test
    void twentyReceiptsIssuedAtOnceAtOneKioskGetTwentyDifferentNumbersInARow() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<String>> numbers = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long amount = 1_000 + i;
                numbers.add(pool.submit(() -> {
                    start.await();
                    return issue("TEST-PRINT", amount).number();
                }));
            }
            start.countDown();
            java.util.SortedSet<Integer> sequence = new java.util.TreeSet<>();
            for (var f : numbers) {
                String n = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                sequence.add(Integer.parseInt(n.substring(n.length() - 4)));
            }
            assertThat(sequence).as("no number twice").hasSize(20);
            assertThat(sequence.last() - sequence.first()).as("no gap").isEqualTo(19);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theStoredReceiptKeepsItsContentHashAndTheMaskedNameOnly() {
        IssuedReceipt receipt = issue("TEST-PRINT", 12_345_678);
        var row = jdbc.queryForMap("SELECT kind, member_id, kiosk_id, main_amount, masked_name, content, content_hash FROM receipt WHERE id = ?",
                receipt.id());
        assertThat(row.get("kind")).isEqualTo("BALANCE_SLIP");
        assertThat(((Number) row.get("member_id")).longValue()).isEqualTo(member);
        assertThat(((Number) row.get("main_amount")).longValue()).isEqualTo(12_345_678L);
        assertThat(row.get("masked_name")).isEqualTo("B*** C**** S******");
        assertThat(row.get("content_hash")).isEqualTo(ReceiptDocumentCodec.sha256((String) row.get("content")));
        assertThat((String) row.get("content")).contains("Rp 12.345.678").doesNotContain(TestData.PIN);
    }

    @Test
    void aGenuineTokenChecksOutAndAnythingElseIsNotValid() {
        IssuedReceipt receipt = issue("TEST-PRINT", 7_654_321);
        String token = tokenOf(receipt);
        assertThat(receipt.document().qrPayload()).endsWith("/verify/" + token).startsWith("http");

        ReceiptCheck check = receipts.check(token);
        assertThat(check.valid()).isTrue();
        assertThat(check.number()).isEqualTo(receipt.number());
        assertThat(check.kind()).isEqualTo(ReceiptKind.BALANCE_SLIP);
        assertThat(check.mainAmount()).isEqualTo(7_654_321L);
        assertThat(check.maskedName()).isEqualTo("B*** C**** S******");
        assertThat(check.kioskName()).isEqualTo("Kios Uji Cetak");
        assertThat(check.branchName()).isNotBlank();

        char last = token.charAt(token.length() - 1);
        List<String> forged = List.of(
                token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'),   // one letter changed
                token.substring(0, token.length() - 3),                                // cut short
                token.replace(receipt.number(), receipt.number().replaceAll("\\d{4}$", "9999")), // another number
                receipt.number(), "", "not-a-token", "../../etc/passwd", "X".repeat(5000));
        for (String t : forged) {
            assertThat(receipts.check(t).valid()).as("token %s", t).isFalse();
        }
        assertThat(receipts.check(null).valid()).isFalse();
    }

    @Test
    void aReceiptChangedInTheDatabaseNoLongerChecksOut() {
        IssuedReceipt receipt = issue("TEST-PRINT", 500_000);
        jdbc.update("UPDATE receipt SET content = REPLACE(content, '500.000', '900.000') WHERE id = ?", receipt.id());
        assertThat(receipts.check(tokenOf(receipt)).valid()).isFalse();
    }

    @Test
    void printsOnTheThermalPrinterWithTheQrCodeAndACut() throws Exception {
        IssuedReceipt receipt = issue("TEST-PRINT", 12_345_678);
        PrintOutcome outcome = receipts.print(receipt.id(), member, "TEST-PRINT", ID);

        assertThat(outcome.status()).isEqualTo(PrintOutcome.Status.PRINTED);
        EscPosDecoder.Receipt paper = printer.nextConnection().receipt();
        assertThat(paper.text()).contains("Rp 12.345.678").contains(receipt.number()).doesNotContain("CETAK ULANG");
        assertThat(paper.qrCodes()).containsExactly(receipt.document().qrPayload());
        assertThat(paper.cut()).isTrue();
        assertThat(paper.texts()).allSatisfy(row -> assertThat(row.length()).isLessThanOrEqualTo(48));
        assertThat(status(receipt)).isEqualTo("PRINTED");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT detail FROM usage_event WHERE kiosk_id = 'TEST-PRINT' AND event_type = 'receipt-printed'", String.class))
                .contains("BALANCE_SLIP"));
        assertThat(jdbc.queryForList("SELECT detail FROM usage_event WHERE event_type LIKE 'receipt-%'", String.class))
                .noneMatch(d -> d != null && (d.contains("Budi") || d.contains(TestData.KPJ_PREFIX)));
    }

    @Test
    void paperOutFailsKeepsTheReceiptAndItPrintsLaterAsTheSameReceipt() throws Exception {
        printer.state(FakeEscPosPrinter.State.PAPER_OUT);
        IssuedReceipt receipt = issue("TEST-PRINT", 250_000);

        assertThat(receipts.print(receipt.id(), member, "TEST-PRINT", ID).status()).isEqualTo(PrintOutcome.Status.PAPER_OUT);
        assertThat(status(receipt)).isEqualTo("FAILED");
        assertThat(printer.nextConnection().receipt().rows()).isEmpty();
        assertThat(receipts.failedInSession(null, member, ID)).extracting(IssuedReceipt::number).containsExactly(receipt.number());

        printer.state(FakeEscPosPrinter.State.OK);
        assertThat(receipts.print(receipt.id(), member, "TEST-PRINT", ID).status()).isEqualTo(PrintOutcome.Status.PRINTED);
        EscPosDecoder.Receipt paper = printer.nextConnection().receipt();
        assertThat(paper.text()).contains(receipt.number()).contains("Rp 250.000").doesNotContain("CETAK ULANG");
        assertThat(status(receipt)).isEqualTo("PRINTED");
        assertThat(receipts.failedInSession(null, member, ID)).isEmpty();
    }

    @Test
    void aRetryAfterAPrintThatBrokeOffMidwayIsMarkedAsAReprint() throws Exception {
        printer.dropAfterBytes(200);
        IssuedReceipt receipt = issue("TEST-PRINT", 300_000);
        PrintOutcome broken = receipts.print(receipt.id(), member, "TEST-PRINT", ID);
        assertThat(broken.printed()).isFalse();
        assertThat(broken.partiallySent()).isTrue();
        printer.nextConnection();

        printer.dropAfterBytes(-1);
        assertThat(receipts.print(receipt.id(), member, "TEST-PRINT", ID).printed()).isTrue();
        assertThat(printer.nextConnection().receipt().text()).contains("CETAK ULANG").contains(receipt.number());
        assertThat(status(receipt)).isEqualTo("REPRINTED");
    }

    @Test
    void aPrinterThatIsNotThereIsRefusedAndNothingElseBreaks() throws Exception {
        printer.close();
        IssuedReceipt receipt = issue("TEST-PRINT", 100_000);
        assertThat(receipts.print(receipt.id(), member, "TEST-PRINT", ID).status()).isEqualTo(PrintOutcome.Status.REFUSED);
        assertThat(status(receipt)).isEqualTo("FAILED");
        assertThat(receipts.check(tokenOf(receipt)).valid()).isTrue();
    }

    @Test
    void anotherMemberCannotPrintOrSeeTheReceipt() {
        IssuedReceipt receipt = issue("TEST-PRINT", 100_000);
        assertThat(receipts.find(receipt.id(), member + 1_000_000, ID)).isEmpty();
    }

    @Test
    void aPdfKioskWritesTheReceiptWhoseQrCodeChecksOut() throws Exception {
        IssuedReceipt receipt = receipts.issue(slip(4_321_000), member, "TEST-PDF", null, ID);
        assertThat(receipts.print(receipt.id(), member, "TEST-PDF", ID).printed()).isTrue();

        Path pdf = properties.pdfDir().resolve(receipt.number() + ".pdf");
        assertThat(pdf).exists();
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(58 / 25.4f * 72, org.assertj.core.data.Offset.offset(0.5f));
            String url = QrDecoding.decode(new PDFRenderer(doc).renderImageWithDPI(0, 300));
            assertThat(url).isEqualTo(receipt.document().qrPayload());
            assertThat(receipts.check(url.substring(url.lastIndexOf('/') + 1)).valid()).isTrue();
        }
        assertThat(status(receipt)).isEqualTo("PRINTED");
    }
}
