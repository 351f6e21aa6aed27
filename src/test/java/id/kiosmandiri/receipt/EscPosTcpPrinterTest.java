package id.kiosmandiri.receipt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Receipts sent over TCP to the fake printer, read back as a printer would print them. */
class EscPosTcpPrinterTest {

    /** Short, so a printer that never answers fails the print quickly. */
    private static final Duration SHORT = Duration.ofMillis(300);
    private static final byte[] STATUS_QUERY = {0x10, 0x04, 2, 0x10, 0x04, 4};

    private FakeEscPosPrinter fake;

    @AfterEach
    void stopFake() throws IOException {
        if (fake != null) {
            fake.close();
        }
    }

    private EscPosTcpPrinter printerFor(FakeEscPosPrinter fake, int paperWidthMm) {
        return new EscPosTcpPrinter("127.0.0.1", fake.port(), paperWidthMm, SHORT, SHORT);
    }

    @Test
    void printsEveryAmountExactlyWithinFortyEightColumnsThenTheQrCodeAndACut() throws Exception {
        fake = FakeEscPosPrinter.start(FakeEscPosPrinter.State.OK);

        PrintOutcome outcome = printerFor(fake, 80).print(SampleReceipts.balance("Siti Rahayu"));

        assertThat(outcome.status()).isEqualTo(PrintOutcome.Status.PRINTED);
        assertThat(outcome.partiallySent()).isFalse();
        assertThat(outcome.paperNearEnd()).isFalse();
        EscPosDecoder.Receipt printed = fake.nextConnection().receipt();
        assertThat(printed.texts()).allSatisfy(row -> assertThat(row.length()).isLessThanOrEqualTo(48));
        SampleReceipts.AMOUNTS.forEach(amount -> assertThat(printed.text()).contains(amount));
        assertThat(printed.rowsContaining("Saldo awal tahun 2026")).singleElement()
                .satisfies(row -> assertThat(row.text()).endsWith("Rp 12.345.678").hasSize(48));
        assertThat(printed.qrCodes()).containsExactly(SampleReceipts.URL);
        assertThat(printed.cuts()).isEqualTo(1);
        assertThat(printed.statusQueries()).as("before and after the receipt").isEqualTo(4);
        // the title big and bold, the total bold, the names not; no reprint marker on a first print
        assertThat(printed.rowsContaining("SALDO JHT")).first()
                .satisfies(row -> assertThat(row.doubleHeight()).isTrue())
                .satisfies(row -> assertThat(row.bold()).isTrue());
        assertThat(printed.rowsContaining("Rp 14.567.899")).singleElement().satisfies(row -> assertThat(row.bold()).isTrue());
        assertThat(printed.rowsContaining("Siti Rahayu")).singleElement().satisfies(row -> assertThat(row.bold()).isFalse());
        assertThat(printed.text()).doesNotContain(SampleReceipts.REPRINT_LABEL);
        assertThat(printed.rows()).noneMatch(EscPosDecoder.Row::reversed);
        assertThat(printed.text()).contains("No. JHT-2026-000123", "Bukan bukti pembayaran.");
    }

    @Test
    void onFiftyEightMillimetresEveryRowFitsThirtyTwoColumnsAndNothingIsLost() throws Exception {
        fake = FakeEscPosPrinter.start(FakeEscPosPrinter.State.OK);

        PrintOutcome outcome = printerFor(fake, 58).print(SampleReceipts.balance("Raden Ayu Sri Wahyuningsih Kusumawardhani Putri"));

        assertThat(outcome.printed()).isTrue();
        EscPosDecoder.Receipt printed = fake.nextConnection().receipt();
        assertThat(printed.texts()).allSatisfy(row -> assertThat(row.length()).isLessThanOrEqualTo(32));
        SampleReceipts.AMOUNTS.forEach(amount -> assertThat(printed.text()).contains(amount));
        assertThat(String.join(" ", printed.texts()).replaceAll(" +", " "))
                .contains("Raden Ayu Sri Wahyuningsih Kusumawardhani Putri")
                .contains("Hasil pengembangan tahun ini (perkiraan)");
        assertThat(printed.qrCodes()).containsExactly(SampleReceipts.URL);
        assertThat(printed.cut()).isTrue();
    }

    @Test
    void aReprintCarriesItsMarkerAsABarRightUnderTheTitle() throws Exception {
        fake = FakeEscPosPrinter.start(FakeEscPosPrinter.State.OK);

        printerFor(fake, 80).print(SampleReceipts.balance("Siti Rahayu").asReprint(SampleReceipts.REPRINT_LABEL));

        List<EscPosDecoder.Row> rows = fake.nextConnection().receipt().rows();
        int title = rows.indexOf(rows.stream().filter(row -> row.text().contains("SALDO JHT")).findFirst().orElseThrow());
        EscPosDecoder.Row marker = rows.get(title + 1);
        assertThat(marker.text()).hasSize(48).contains(SampleReceipts.REPRINT_LABEL);
        assertThat(marker.reversed()).isTrue();
        assertThat(marker.bold()).isTrue();
    }

    @Test
    void accentsAndControlCharactersInANameCannotBreakThePrintout() throws Exception {
        fake = FakeEscPosPrinter.start(FakeEscPosPrinter.State.OK);

        // ESC @ would reset the printer, GS V 0 cut the paper, if they reached it as commands
        printerFor(fake, 80).print(SampleReceipts.balance("José\u001B@\u001DV\u0000 Müller"));

        EscPosDecoder.Receipt printed = fake.nextConnection().receipt();
        assertThat(printed.rowsContaining("Nama")).singleElement()
                .satisfies(row -> assertThat(row.text()).endsWith("Jose @ V Muller"));
        assertThat(printed.cuts()).isEqualTo(1);
    }

    @Test
    void aRefusedConnectionSendsNothing() throws Exception {
        fake = FakeEscPosPrinter.start(FakeEscPosPrinter.State.REFUSE);

        PrintOutcome outcome = printerFor(fake, 80).print(SampleReceipts.balance("Siti Rahayu"));

        assertThat(outcome.status()).isEqualTo(PrintOutcome.Status.REFUSED);
        assertThat(outcome.partiallySent()).isFalse();
        assertThat(fake.hasConnection()).isFalse();
    }

    @Test
    void aPrinterThatNeverAnswersGetsNoReceiptBytes() throws Exception {
        fake = FakeEscPosPrinter.start(FakeEscPosPrinter.State.SILENT);

        PrintOutcome outcome = printerFor(fake, 80).print(SampleReceipts.balance("Siti Rahayu"));

        assertThat(outcome.status()).isEqualTo(PrintOutcome.Status.NO_ANSWER);
        assertThat(outcome.partiallySent()).isFalse();
        assertThat(fake.nextConnection().bytes()).containsExactly(STATUS_QUERY);
    }

    @Test
    void withThePaperOutNothingOfTheReceiptIsSent() throws Exception {
        fake = FakeEscPosPrinter.start(FakeEscPosPrinter.State.PAPER_OUT);

        PrintOutcome outcome = printerFor(fake, 80).print(SampleReceipts.balance("Siti Rahayu"));

        assertThat(outcome.status()).isEqualTo(PrintOutcome.Status.PAPER_OUT);
        assertThat(outcome.partiallySent()).isFalse();
        assertThat(fake.nextConnection().bytes()).containsExactly(STATUS_QUERY);
    }

    @Test
    void withTheCoverOpenNothingOfTheReceiptIsSent() throws Exception {
        fake = FakeEscPosPrinter.start(FakeEscPosPrinter.State.COVER_OPEN);

        PrintOutcome outcome = printerFor(fake, 58).print(SampleReceipts.balance("Siti Rahayu"));

        assertThat(outcome.status()).isEqualTo(PrintOutcome.Status.COVER_OPEN);
        assertThat(outcome.partiallySent()).isFalse();
        assertThat(fake.nextConnection().bytes()).containsExactly(STATUS_QUERY);
    }

    @Test
    void aNearlyEmptyRollStillPrintsAndSaysSo() throws Exception {
        fake = FakeEscPosPrinter.start(FakeEscPosPrinter.State.NEAR_END);

        PrintOutcome outcome = printerFor(fake, 80).print(SampleReceipts.balance("Siti Rahayu"));

        assertThat(outcome.status()).isEqualTo(PrintOutcome.Status.PRINTED);
        assertThat(outcome.paperNearEnd()).isTrue();
        assertThat(fake.nextConnection().receipt().cut()).isTrue();
    }

    @Test
    void aConnectionDroppedHalfwayIsReportedAsPartlySent() throws Exception {
        fake = FakeEscPosPrinter.start(FakeEscPosPrinter.State.OK);
        fake.dropAfterBytes(200);

        PrintOutcome outcome = printerFor(fake, 80).print(SampleReceipts.balance("Siti Rahayu"));

        assertThat(outcome.status()).isEqualTo(PrintOutcome.Status.SEND_FAILED);
        assertThat(outcome.partiallySent()).isTrue();
        FakeEscPosPrinter.Connection connection = fake.nextConnection();
        assertThat(connection.dropped()).isTrue();
        assertThat(connection.bytes()).hasSize(200);
        EscPosDecoder.Receipt arrived = EscPosDecoder.decodePartial(connection.bytes());
        assertThat(arrived.text()).contains("SALDO JHT");
        assertThat(arrived.cut()).isFalse();
    }

    @Test
    void statusBytesAreReadAsTheEpsonReferenceDefinesThem() {
        assertThat(new PrinterStatus(0x12, 0x12).problem()).isNull();
        assertThat(new PrinterStatus(0x16, 0x12).problem()).isEqualTo(PrintOutcome.Status.COVER_OPEN);
        assertThat(new PrinterStatus(0x32, 0x12).problem()).isEqualTo(PrintOutcome.Status.PAPER_OUT);
        assertThat(new PrinterStatus(0x12, 0x72).problem()).isEqualTo(PrintOutcome.Status.PAPER_OUT);
        assertThat(new PrinterStatus(0x52, 0x12).problem()).isEqualTo(PrintOutcome.Status.PRINTER_ERROR);
        assertThat(new PrinterStatus(0x12, 0x1E).paperNearEnd()).isTrue();
        assertThat(new PrinterStatus(0x12, 0x1E).problem()).isNull();
        assertThat(PrinterStatus.isStatusAnswer(0x12)).isTrue();
        assertThat(PrinterStatus.isStatusAnswer(0x7E)).isTrue();
        assertThat(PrinterStatus.isStatusAnswer(0x10)).as("first byte of an automatic status message").isFalse();
    }
}
