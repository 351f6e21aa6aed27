package id.kiosmandiri.receipt;

import java.util.List;

/** Receipts as the balance screen would make them, for the tests and the sample print. */
final class SampleReceipts {

    static final String URL = "https://kiosmandiri.example/r/JHT-2026-000123?v=9f3a";
    static final String REPRINT_LABEL = "CETAK ULANG / REPRINT";
    static final List<String> AMOUNTS = List.of("Rp 12.345.678", "Rp 1.234.567", "Rp 987.654", "Rp 14.567.899");

    private SampleReceipts() {
    }

    /** A JHT balance slip for a member with that name. */
    static ReceiptDocument balance(String memberName) {
        return new ReceiptDocument("SALDO JHT", List.of(
                new ReceiptLine.Pair("Nama", memberName),
                new ReceiptLine.Pair("KPJ", "11010****17"),
                new ReceiptLine.Pair("Per tanggal", "30 November 2026"),
                new ReceiptLine.Separator(),
                new ReceiptLine.Heading("Rincian saldo"),
                new ReceiptLine.Pair("Saldo awal tahun 2026", AMOUNTS.get(0)),
                new ReceiptLine.Pair("Iuran tahun ini", AMOUNTS.get(1)),
                new ReceiptLine.Pair("Hasil pengembangan tahun ini (perkiraan)", AMOUNTS.get(2)),
                new ReceiptLine.Separator(),
                new ReceiptLine.Pair("Saldo JHT", AMOUNTS.get(3), true),
                new ReceiptLine.Blank(),
                new ReceiptLine.Text("Hasil pengembangan tahun berjalan adalah perkiraan dan dapat berubah setelah tingkat "
                        + "pengembangan resmi diumumkan.")),
                URL,
                "No. JHT-2026-000123  30/11/2026 10:15 WIB\nBukan bukti pembayaran.");
    }
}
