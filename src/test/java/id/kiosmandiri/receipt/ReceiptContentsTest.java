package id.kiosmandiri.receipt;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.StoredRows;
import id.kiosmandiri.TestData;
import id.kiosmandiri.balance.BalanceOverview;
import id.kiosmandiri.balance.BalanceService;
import id.kiosmandiri.balance.JhtYear;
import id.kiosmandiri.contribution.ContributionAmounts;
import id.kiosmandiri.contribution.ContributionHistoryService;
import id.kiosmandiri.contribution.ContributionLine;
import id.kiosmandiri.contribution.PaidBy;
import id.kiosmandiri.contribution.YearSummary;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.kiosk.AmountInWords;
import id.kiosmandiri.kiosk.KioskRegistry;
import id.kiosmandiri.kiosk.KioskTime;
import id.kiosmandiri.kiosk.ui.Formats;
import id.kiosmandiri.kiosk.ui.KioskI18NProvider;
import id.kiosmandiri.member.MemberStatus;
import id.kiosmandiri.member.Segment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link ReceiptContents} against the services the screens use, for the demo members and for a member
 * written here: the printed figures are the services' figures, written as the screens write them; a
 * statement prints every month and its totals add up; no full KPJ or NIK is ever printed; English
 * receipts speak English; every receipt fits a 58 mm roll.
 */
@IntegrationTest
class ReceiptContentsTest {

    private static final String KIOSK = "DEMO-01";
    private static final Locale ID = KioskI18NProvider.INDONESIAN;
    private static final Locale EN = KioskI18NProvider.ENGLISH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Pattern MONTH_HEADING = Pattern.compile("\\d{2}-\\d{4} .*");
    /** Five digits in a row: no amount (grouped by dots), date, period or masked number has them; a KPJ, NIK or PIN does. */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{5,}");

    @Autowired
    ReceiptContents contents;
    @Autowired
    BalanceService balances;
    @Autowired
    ContributionHistoryService contributions;
    @Autowired
    KioskTime kioskTime;
    @Autowired
    KioskRegistry kiosks;
    @Autowired
    StoredRows stored;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private LocalDate today;
    private TestData data;

    @BeforeEach
    void setUp() {
        today = kioskTime.today(KIOSK);
        data = new TestData(jdbc, clock);
    }

    @AfterEach
    void removeTestMembers() {
        data.deleteAll();
    }

    // ---------------------------------------------------------------- balance slip

    @ParameterizedTest
    @EnumSource(DemoLogin.class)
    void theSlipPrintsTheBalanceScreensFigures(DemoLogin login) {
        long member = stored.memberIdByNik(login.nik());
        BalanceOverview o = balances.overview(member, today);

        ReceiptContent slip = contents.balanceSlip(member, KIOSK, ID, today);
        ReceiptDocument doc = slip.document();

        assertThat(slip.kind()).isEqualTo(ReceiptKind.BALANCE_SLIP);
        assertThat(slip.subject()).isNull();
        assertThat(slip.mainAmount()).isEqualTo(o.jhtBalance());
        assertThat(slip.maskedName()).isEqualTo(ReceiptContents.maskedName(login.fullName()));
        assertThat(doc.title()).isEqualTo("SALDO JHT");
        assertThat(doc.qrPayload()).isNull();
        assertThat(doc.footer()).isEmpty();
        assertThat(texts(doc)).startsWith(branchOfKiosk(), kiosks.findOrDefault(KIOSK).name());

        assertThat(value(doc, "Nama")).isEqualTo(login.fullName());
        assertThat(value(doc, "KPJ")).matches("\\*{7}\\d{4}");
        assertThat(value(doc, "Per tanggal")).isEqualTo(Formats.date(today, ID));
        assertThat(value(doc, "Saldo JHT")).isEqualTo(Formats.rupiah(o.jhtBalance()));
        JhtYear y = o.thisYear();
        assertThat(heading(doc, "Rincian tahun " + y.year())).isTrue();
        assertThat(value(doc, "Saldo awal 01-01")).isEqualTo(Formats.rupiah(y.openingBalance()));
        assertThat(value(doc, "Iuran pemberi kerja")).isEqualTo(Formats.rupiah(y.employerContributions()));
        assertThat(value(doc, "Iuran pekerja")).isEqualTo(Formats.rupiah(y.workerContributions()));
        assertThat(value(doc, "Hasil pengembangan")).isEqualTo(Formats.rupiah(y.developmentReturn()));
        assertThat(value(doc, "Saldo")).isEqualTo(Formats.rupiah(o.jhtBalance()));
        assertThat(value(doc, "Akumulasi iuran JP")).isEqualTo(Formats.rupiah(o.jpAccumulated()));
        assertThat(value(doc, "Lama iuran JP")).isEqualTo(o.jpMonths() + " bulan");

        // an estimate is never shown as fact: marked, and the note says which years
        String note = "* Perkiraan: hasil pengembangan " + Formats.yearRanges(o.estimatedYears()) + " belum atau tidak diumumkan.";
        if (o.estimate()) {
            assertThat(texts(doc)).anySatisfy(t -> assertThat(t).startsWith(note));
            assertThat(labelOf(doc, "Saldo JHT")).endsWith(ReceiptContents.ESTIMATE);
            assertThat(labelOf(doc, "Hasil pengembangan")).isEqualTo(o.thisYearsReturnEstimate() ? "Hasil pengembangan*" : "Hasil pengembangan");
        } else {
            assertThat(texts(doc)).noneMatch(t -> t.startsWith("* Perkiraan"));
            assertThat(pairs(doc)).noneMatch(p -> p.label().endsWith(ReceiptContents.ESTIMATE));
        }

        if (o.cards().size() > 1) {
            assertThat(heading(doc, "Saldo per kartu")).isTrue();
            for (BalanceOverview.CardBalance card : o.cards()) {
                String last4 = card.maskedKpj().substring(card.maskedKpj().length() - 4);
                assertThat(pairs(doc)).as("card ending %s", last4)
                        .anySatisfy(p -> {
                            assertThat(p.label()).matches("KPJ \\*{7}" + last4 + "\\*?");
                            assertThat(p.value()).isEqualTo(Formats.rupiah(card.balance()));
                        });
            }
        } else {
            assertThat(heading(doc, "Saldo per kartu")).isFalse();
        }
        if (login == DemoLogin.SITI) {
            assertThat(o.cards()).hasSize(2);
            assertThat(texts(doc)).anyMatch(t -> t.endsWith("(belum digabung)"))
                    .anyMatch(t -> t.startsWith("Penggabungan saldo"));
        }
        if (login == DemoLogin.BUDI) {
            assertThat(o.estimate()).as("the current year's return is always an estimate").isTrue();
        }
        if (login == DemoLogin.DEWI) {
            assertThat(texts(doc)).anyMatch(t -> t.startsWith("Kepesertaan tidak aktif"));
        }
    }

    // ---------------------------------------------------------------- yearly statement

    @ParameterizedTest
    @EnumSource(DemoLogin.class)
    void theStatementPrintsEveryMonthAndItsTotalsAddUp(DemoLogin login) {
        long member = stored.memberIdByNik(login.nik());
        for (int year : List.of(today.getYear() - 1, today.getYear())) {
            ReceiptContent statement = contents.yearStatement(member, year, KIOSK, ID, today);
            ReceiptDocument doc = statement.document();
            long months = contributions.yearSummaries(member, today).stream().filter(s -> s.year() == year)
                    .mapToLong(YearSummary::months).sum();
            JhtYear jht = balances.statementYears(member, today).stream().filter(j -> j.year() == year).findFirst()
                    .orElse(null);
            long closing = jht == null ? 0 : jht.closingBalance();

            assertThat(statement.kind()).isEqualTo(ReceiptKind.YEAR_STATEMENT);
            assertThat(statement.subject()).isEqualTo(String.valueOf(year));
            assertThat(doc.title()).isEqualTo("INFORMASI DANA JHT-JP TAHUN " + year);
            assertThat(doc.qrPayload()).isNull();
            assertThat(doc.footer()).isEmpty();
            assertThat(statement.mainAmount()).as("%s %s closing", login, year).isEqualTo(closing);
            assertThat(pairs(doc)).anySatisfy(p -> {
                assertThat(p.label()).startsWith("Saldo per ");
                assertThat(p.value()).isEqualTo(Formats.rupiah(closing));
                assertThat(p.bold()).isTrue();
            });
            assertInWordsUnder(doc, p -> p.label().startsWith("Saldo per "), "Terbilang: ", closing, ID);
            assertThat(value(doc, "Nama")).isEqualTo(login.fullName());
            assertThat(value(doc, "NIK")).matches("\\*{12}\\d{4}");
            LocalDate through = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
            BalanceOverview atEnd = balances.overview(member, through);
            assertThat(value(doc, "Lama iuran JP")).isEqualTo(atEnd.jpMonths() + " bulan");
            assertThat(value(doc, "Akumulasi iuran JP")).isEqualTo(Formats.rupiah(atEnd.jpAccumulated()));
            if (jht != null) {
                assertThat(value(doc, "Saldo awal 01-01")).isEqualTo(Formats.rupiah(jht.openingBalance()));
                assertThat(value(doc, "Iuran JHT")).isEqualTo(Formats.rupiah(jht.contributions()));
                assertThat(value(doc, "Hasil pengembangan")).isEqualTo(Formats.rupiah(jht.developmentReturn()));
            }

            List<ReceiptLine.Heading> monthHeadings = doc.lines().stream()
                    .filter(l -> l instanceof ReceiptLine.Heading h && MONTH_HEADING.matcher(h.text()).matches())
                    .map(ReceiptLine.Heading.class::cast).toList();
            assertThat(monthHeadings).as("%s %s: every month, never cut off", login, year).hasSize((int) months);
            if (months == 0) {
                assertThat(texts(doc)).contains("Tidak ada iuran pada tahun " + year + ".");
                continue;
            }
            Map<String, Long> printedMonths = monthSums(doc);
            Map<String, Long> printedTotals = totals(doc, year);
            assertThat(printedTotals).as("%s %s totals", login, year).isEqualTo(printedMonths);
            assertThat(heading(doc, "Jumlah " + year + " (" + months + " bulan)")).isTrue();
            // and they are the payment-details screen's figures for the year
            YearSummary summary = contributions.yearSummaries(member, today).stream().filter(s -> s.year() == year)
                    .findFirst().orElseThrow();
            long jhtPrinted = printedTotals.getOrDefault("JHT pemberi kerja", 0L) + printedTotals.getOrDefault("JHT pekerja", 0L);
            long jpPrinted = printedTotals.getOrDefault("JP pemberi kerja", 0L) + printedTotals.getOrDefault("JP pekerja", 0L);
            assertThat(jhtPrinted).isEqualTo(summary.jht());
            assertThat(jpPrinted).isEqualTo(summary.jp());
            assertThat(value(doc, "Jumlah JHT + JP")).isEqualTo(Formats.rupiah(summary.jht() + summary.jp()));
        }
    }

    @Test
    void anInformalWorkersStatementSaysBpuAndMarksItsUnpaidMonths() {
        long agus = stored.memberIdByNik(DemoLogin.AGUS.nik());
        ReceiptDocument doc = contents.yearStatement(agus, today.getYear(), KIOSK, ID, today).document();

        assertThat(value(doc, "Pemberi kerja")).isEqualTo("BPU / mandiri");
        assertThat(texts(doc)).contains("BPU / mandiri");
        assertThat(pairs(doc)).extracting(ReceiptLine.Pair::label)
                .contains("Penghasilan", "JHT pekerja").doesNotContain("Upah", "JP pemberi kerja", "JP pekerja");
        long open = contributions.yearLines(agus, today.getYear()).stream()
                .filter(l -> l.depositDate() == null).count();
        assertThat(open).as("Agus has open bills").isPositive();
        assertThat(doc.lines()).filteredOn(l -> l instanceof ReceiptLine.Heading h
                && (h.text().endsWith(" belum dibayar") || h.text().endsWith(" belum jatuh tempo"))).hasSize((int) open);
        assertThat(texts(doc)).anyMatch(t -> t.startsWith("Termasuk " + open + " bulan belum dibayar: Rp "));
    }

    @Test
    void noStatementForAYearStillToCome() {
        long budi = stored.memberIdByNik(DemoLogin.BUDI.nik());
        assertThatIllegalArgumentException().isThrownBy(() -> contents.yearStatement(budi, today.getYear() + 1, KIOSK, ID, today));
    }

    // ---------------------------------------------------------------- proof of payment

    @ParameterizedTest
    @EnumSource(value = DemoLogin.class, names = "RUDI", mode = EnumSource.Mode.EXCLUDE)
    void aProofPrintsThatMonthsLine(DemoLogin login) {
        long member = stored.memberIdByNik(login.nik());
        ContributionLine line = latestPaid(member).orElseThrow();
        YearMonth period = YearMonth.from(line.period());
        assertThat(contributions.month(member, period)).as("one card has this month").hasSize(1);

        ReceiptContent proof = contents.paymentProof(member, period, KIOSK, ID, today).orElseThrow();
        ReceiptDocument doc = proof.document();

        assertThat(proof.kind()).isEqualTo(ReceiptKind.PAYMENT_PROOF);
        assertThat(proof.subject()).isEqualTo(period.toString());
        assertThat(proof.mainAmount()).isEqualTo(line.total() + line.latePenalty());
        assertThat(doc.title()).isEqualTo("BUKTI PEMBAYARAN IURAN");
        assertThat(doc.qrPayload()).isNull();
        assertThat(doc.footer()).isEmpty();
        assertProofOf(doc, line);
    }

    @Test
    void anInformalWorkerPaysThemselves_AndAnOpenBillHasNoProof() {
        long agus = stored.memberIdByNik(DemoLogin.AGUS.nik());
        // this year and last: early in January this year may have no paid month yet
        List<ContributionLine> lines = java.util.stream.Stream.of(today.getYear() - 1, today.getYear())
                .flatMap(y -> contributions.yearLines(agus, y).stream()).toList();
        ContributionLine paid = lines.stream().filter(l -> l.depositDate() != null).findFirst().orElseThrow();
        ReceiptDocument doc = contents.paymentProof(agus, YearMonth.from(paid.period()), KIOSK, ID, today).orElseThrow().document();

        assertThat(value(doc, "Pemberi kerja")).isEqualTo("BPU / mandiri");
        assertThat(value(doc, "Dibayar oleh")).isEqualTo("Peserta sendiri");
        assertThat(value(doc, "Penghasilan")).isEqualTo(Formats.rupiah(paid.reportedWage()));
        assertThat(pairs(doc)).extracting(ReceiptLine.Pair::label).doesNotContain("JP pensiun", "Upah");

        ContributionLine open = lines.stream().filter(l -> l.depositDate() == null).findFirst().orElseThrow();
        assertThat(contents.paymentProof(agus, YearMonth.from(open.period()), KIOSK, ID, today)).isEmpty();
        assertThat(contents.paymentProof(agus, YearMonth.of(2001, 1), KIOSK, ID, today)).as("no such month").isEmpty();
        assertThat(contents.paymentProof(agus, YearMonth.from(today).plusMonths(2), KIOSK, ID, today)).isEmpty();
    }

    @Test
    void aLatePaymentShowsItsPenalty() {
        long hendra = stored.memberIdByNik(DemoLogin.HENDRA.nik());
        ContributionLine late = IntStream.rangeClosed(2016, today.getYear()).boxed()
                .flatMap(y -> contributions.yearLines(hendra, y).stream())
                .filter(l -> l.latePenalty() > 0 && l.depositDate() != null).findFirst().orElseThrow();

        ReceiptContent proof = contents.paymentProof(hendra, YearMonth.from(late.period()), KIOSK, ID, today).orElseThrow();

        assertThat(value(proof.document(), "Status")).isEqualTo("Terlambat");
        assertThat(value(proof.document(), "Denda terlambat")).isEqualTo(Formats.rupiah(late.latePenalty()));
        assertThat(proof.mainAmount()).isEqualTo(late.total() + late.latePenalty());
        assertProofOf(proof.document(), late);
    }

    private void assertProofOf(ReceiptDocument doc, ContributionLine line) {
        assertThat(value(doc, "Periode")).isEqualTo(Formats.monthYear(line.period(), ID));
        assertThat(value(doc, "Tanggal setor")).isEqualTo(DAY.format(line.depositDate()));
        assertThat(value(doc, "Batas bayar")).isEqualTo(DAY.format(line.dueDate()));
        assertThat(value(doc, "Dibayar oleh")).isEqualTo(line.paidBy() == PaidBy.SELF ? "Peserta sendiri" : "Pemberi kerja");
        assertThat(value(doc, "Status")).isEqualTo(line.status(today) == ContributionLine.Status.LATE ? "Terlambat" : "Tepat waktu");
        assertThat(value(doc, "Pemberi kerja")).isEqualTo(line.employerName() == null ? "BPU / mandiri" : line.employerName());
        if (line.segment() == Segment.PU || line.jht() != 0) {
            assertThat(value(doc, "JHT hari tua")).isEqualTo(Formats.rupiah(line.jht()));
        }
        if (line.segment() == Segment.PU) {
            assertThat(value(doc, "JP pensiun")).isEqualTo(Formats.rupiah(line.jp()));
        }
        assertThat(value(doc, "JKK kecelakaan")).isEqualTo(Formats.rupiah(line.jkk()));
        assertThat(value(doc, "JKM kematian")).isEqualTo(Formats.rupiah(line.jkm()));
        assertThat(value(doc, "Total")).isEqualTo(Formats.rupiah(line.total() + line.latePenalty()));
        long programmes = 0;
        for (String label : List.of("JHT hari tua", "JP pensiun", "JKK kecelakaan", "JKM kematian", "Denda terlambat")) {
            programmes += pairs(doc).stream().filter(p -> p.label().equals(label)).mapToLong(p -> rupiah(p.value())).sum();
        }
        assertThat(programmes).as("the programmes add up to the total").isEqualTo(rupiah(value(doc, "Total")));
        assertInWordsUnder(doc, p -> p.label().equals("Total"), "Terbilang: ", rupiah(value(doc, "Total")), ID);
    }

    /**
     * The line right under the total's pair is the printed total in words ({@link AmountInWords#rupiah}), the
     * only such line on the receipt.
     */
    private static void assertInWordsUnder(ReceiptDocument doc, java.util.function.Predicate<ReceiptLine.Pair> total,
                                           String label, long amount, Locale locale) {
        List<ReceiptLine> lines = doc.lines();
        int at = IntStream.range(0, lines.size())
                .filter(i -> lines.get(i) instanceof ReceiptLine.Pair p && p.bold() && total.test(p)).findFirst().orElseThrow();
        ReceiptLine.Pair totalPair = (ReceiptLine.Pair) lines.get(at);
        assertThat(rupiah(totalPair.value())).isEqualTo(amount);
        assertThat(lines.get(at + 1)).isEqualTo(new ReceiptLine.Text(label + AmountInWords.rupiah(amount, locale)));
        assertThat(texts(doc)).filteredOn(t -> t.startsWith(label)).hasSize(1);
    }

    // ---------------------------------------------------------------- a member written here

    /**
     * Two cards last year: card A every month, with back pay in March and March paid late with a penalty;
     * card B (not merged) from June, so June to December are paid on both cards.
     */
    @Test
    void twoCardsInOneYear_EveryMonthOfBothIsPrinted_AndAMonthOnBothCardsIsOneProof() {
        int year = today.getYear() - 1;
        long satu = data.employer("99990801", "PT Uji Struk Satu", 1);
        long dua = data.employer("99990802", "PT Uji Struk Dua", 2);
        long member = data.member("3404011505850801", "Uji Struk Dua Kartu", Segment.PU, MemberStatus.ACTIVE);
        long cardA = data.card(member, "19999000801", Segment.PU, satu, LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 1), true);
        long cardB = data.card(member, "19999000802", Segment.PU, dua, LocalDate.of(year, 6, 1), LocalDate.of(year, 6, 1), false);
        ContributionAmounts a = TestData.amounts(5_000_000, 185_000, 100_000, 100_000, 50_000, 12_000, 15_000);
        ContributionAmounts withBackPay = new ContributionAmounts(5_000_000, 1_000_000, 222_000, 120_000, 120_000, 60_000,
                14_400, 18_000);
        ContributionAmounts b = TestData.amounts(3_000_000, 111_000, 60_000, 60_000, 30_000, 16_200, 9_000);
        List<TestData.Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            LocalDate period = LocalDate.of(year, m, 1);
            LocalDate due = period.plusMonths(1).withDayOfMonth(15);
            boolean march = m == 3;
            months.add(new TestData.Month(cardA, member, satu, period, Segment.PU, march ? withBackPay : a, due,
                    march ? due.plusDays(10) : due.minusDays(5), march ? due.plusDays(12) : due.minusDays(3),
                    march ? 10_000 : 0, PaidBy.EMPLOYER));
            if (m >= 6) {
                months.add(new TestData.Month(cardB, member, dua, period, Segment.PU, b, due, due.minusDays(2),
                        due.minusDays(1), 0, PaidBy.EMPLOYER));
            }
        }
        data.contributions(months);

        ReceiptContent statement = contents.yearStatement(member, year, KIOSK, ID, today);
        ReceiptDocument doc = statement.document();
        assertThat(doc.lines()).filteredOn(l -> l instanceof ReceiptLine.Heading h && MONTH_HEADING.matcher(h.text()).matches())
                .hasSize(12 + 7);
        assertThat(headings(doc)).contains("KPJ *******0801", "KPJ *******0802", "Jumlah " + year + " (19 bulan)",
                "03-" + year + " setor " + DAY.format(LocalDate.of(year, 4, 25)) + " (telat)");
        Map<String, Long> totals = totals(doc, year);
        assertThat(totals).isEqualTo(monthSums(doc));
        assertThat(totals).containsEntry("Rapel", 1_000_000L)
                .containsEntry("JHT pemberi kerja", 11 * 185_000L + 222_000 + 7 * 111_000L)
                .containsEntry("JP pekerja", 11 * 50_000L + 60_000 + 7 * 30_000L);
        assertThat(statement.mainAmount()).isEqualTo(balances.statementYears(member, today).stream()
                .filter(y -> y.year() == year).findFirst().orElseThrow().closingBalance());

        ReceiptContent june = contents.paymentProof(member, YearMonth.of(year, 6), KIOSK, ID, today).orElseThrow();
        assertThat(headings(june.document())).containsExactly("KPJ *******0801", "KPJ *******0802");
        assertThat(june.mainAmount()).isEqualTo(a.total() + b.total());
        assertThat(value(june.document(), "Total")).isEqualTo(Formats.rupiah(a.total() + b.total()));
        assertThat(pairs(june.document())).filteredOn(p -> p.label().equals("Jumlah kartu ini"))
                .extracting(ReceiptLine.Pair::value).containsExactly(Formats.rupiah(a.total()), Formats.rupiah(b.total()));

        ReceiptContent march = contents.paymentProof(member, YearMonth.of(year, 3), KIOSK, ID, today).orElseThrow();
        assertThat(value(march.document(), "Rapel")).isEqualTo("Rp 1.000.000");
        assertThat(value(march.document(), "Denda terlambat")).isEqualTo("Rp 10.000");
        assertThat(march.mainAmount()).isEqualTo(withBackPay.total() + 10_000);
        assertThat(march.maskedName()).isEqualTo("U** S**** D** K****");
    }

    // ---------------------------------------------------------------- what paper may carry

    @Test
    void noDocumentPrintsAFullKpjOrNik() {
        for (DemoLogin login : DemoLogin.values()) {
            long member = stored.memberIdByNik(login.nik());
            Set<String> secrets = new HashSet<>(List.of(login.nik(), login.kpj(), login.pin()));
            if (login == DemoLogin.SITI) {
                secrets.add(DemoLogin.SITI_SECOND_KPJ);
            }
            for (ReceiptContent c : allReceipts(member, ID)) {
                String text = String.join("\n", allText(c.document()));
                assertThat(text).as("%s %s", login, c.kind()).doesNotContain(secrets).doesNotContain("\u2022");
                assertThat(LONG_NUMBER.matcher(text).find()).as("%s %s: no number of 5 digits or more:%n%s", login, c.kind(), text)
                        .isFalse();
            }
        }
    }

    @Test
    void englishReceiptsSpeakEnglish() {
        long budi = stored.memberIdByNik(DemoLogin.BUDI.nik());
        List<ReceiptContent> english = allReceipts(budi, EN);
        List<ReceiptContent> indonesian = allReceipts(budi, ID);
        assertThat(english.get(0).document().title()).isEqualTo("JHT BALANCE");
        assertThat(english.get(1).document().title()).isEqualTo("JHT-JP FUND STATEMENT " + (today.getYear() - 1));
        assertThat(english.get(english.size() - 1).document().title()).isEqualTo("PROOF OF PAYMENT");
        assertThat(value(english.get(0).document(), "As of")).isEqualTo(Formats.date(today, EN));
        assertThat(value(english.get(0).document(), "JHT balance")).isEqualTo(Formats.rupiah(english.get(0).mainAmount()));
        ReceiptContent statement = english.get(1);
        assertInWordsUnder(statement.document(), p -> p.label().startsWith("Balance on "), "In words: ",
                statement.mainAmount(), EN);
        assertThat(texts(indonesian.get(1).document())).contains("Terbilang: " + AmountInWords.rupiah(statement.mainAmount(), ID));
        ReceiptContent proof = english.getLast();
        assertThat(proof.kind()).isEqualTo(ReceiptKind.PAYMENT_PROOF);
        assertInWordsUnder(proof.document(), p -> p.label().equals("Total"), "In words: ", proof.mainAmount(), EN);
        assertThat(texts(english.get(0).document())).as("the slip has no words").noneMatch(t -> t.startsWith("In words"));
        // the same figures, other words: no label is Indonesian except the programmes' own names
        Set<String> neutral = Set.of("KPJ", "NIK", "Status", "Total");
        for (int i = 0; i < english.size(); i++) {
            assertThat(english.get(i).mainAmount()).isEqualTo(indonesian.get(i).mainAmount());
            Set<String> englishLabels = labels(english.get(i).document());
            Set<String> shared = new HashSet<>(labels(indonesian.get(i).document()));
            shared.retainAll(englishLabels);
            shared.removeAll(neutral);
            assertThat(shared).as("labels in both languages in %s", english.get(i).kind()).isEmpty();
        }
    }

    @Test
    void everyReceiptFitsA58mmRoll_WithEachAmountOnItsLabelsRow() {
        for (DemoLogin login : DemoLogin.values()) {
            long member = stored.memberIdByNik(login.nik());
            for (Locale locale : List.of(ID, EN)) {
                for (ReceiptContent c : allReceipts(member, locale)) {
                    ReceiptLayout layout = ReceiptLayout.of(c.document(), 58);
                    assertThat(layout.columns()).isEqualTo(32);
                    assertThat(layout.top()).as("%s %s %s", login, locale, c.kind())
                            .allSatisfy(row -> assertThat(row.text().length()).isLessThanOrEqualTo(32));
                    assertThat(layout.top().stream().filter(r -> r.style() == ReceiptRow.Style.TITLE)).hasSizeLessThanOrEqualTo(2);
                    ReceiptColumns columns = new ReceiptColumns(32);
                    for (ReceiptLine.Pair p : pairs(c.document())) {
                        if (p.value().startsWith("Rp ")) {
                            assertThat(columns.pair(p.label(), p.value())).as("%s %s: %s", login, locale, p).hasSize(1);
                        }
                    }
                    assertThat(ReceiptLayout.of(c.document(), 80).top())
                            .allSatisfy(row -> assertThat(row.text().length()).isLessThanOrEqualTo(48));
                    for (ReceiptLine.Text t : inWords(c.document())) {
                        assertWrappedWhole(t, 32);
                        assertWrappedWhole(t, 48);
                    }
                    writeSample(login, locale, c, layout);
                }
            }
        }
    }

    /** The 58 mm rows as plain text under target/receipt-samples/, for a reader to look at. */
    private static void writeSample(DemoLogin login, Locale locale, ReceiptContent c, ReceiptLayout layout) {
        try {
            Path dir = Files.createDirectories(Path.of("target/receipt-samples"));
            String name = (login + "-" + c.kind() + (c.subject() == null ? "" : "-" + c.subject()) + "-"
                    + locale.getLanguage() + "-58mm.txt").toLowerCase(Locale.ROOT);
            Files.write(dir.resolve(name), layout.top().stream().map(r -> "|" + r.text() + " ".repeat(32 - r.text().length()) + "|"
                    + (r.style() == ReceiptRow.Style.NORMAL ? "" : " " + r.style())).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The longest amount in words, in both languages, on both rolls: rows within the width, no word cut. */
    @Test
    void theLongestAmountInWordsWrapsWithoutCuttingAWord() {
        for (long amount : List.of(AmountInWords.MAX, 777_777_777_777_777L, 373_373_373_373_373L)) {
            for (Locale locale : List.of(ID, EN)) {
                ReceiptContent c = contents.yearStatement(stored.memberIdByNik(DemoLogin.BUDI.nik()), today.getYear(), KIOSK,
                        locale, today);
                String label = locale == EN ? "In words: " : "Terbilang: ";
                ReceiptLine.Text words = new ReceiptLine.Text(label + AmountInWords.rupiah(amount, locale));
                assertThat(inWords(c.document())).singleElement().extracting(ReceiptLine.Text::text).asString().startsWith(label);
                assertWrappedWhole(words, 32);
                assertWrappedWhole(words, 48);
            }
        }
    }

    private static List<ReceiptLine.Text> inWords(ReceiptDocument doc) {
        return doc.lines().stream().filter(l -> l instanceof ReceiptLine.Text t
                && (t.text().startsWith("Terbilang: ") || t.text().startsWith("In words: "))).map(ReceiptLine.Text.class::cast).toList();
    }

    /** Rows no wider than the paper, each made of whole words, together the whole text. */
    private static void assertWrappedWhole(ReceiptLine.Text text, int width) {
        List<String> rows = new ReceiptColumns(width).rows(text).stream().map(ReceiptRow::text).toList();
        List<String> words = List.of(text.text().split(" "));
        assertThat(rows).as("%d columns: %s", width, text).allSatisfy(row -> {
            assertThat(row.length()).isLessThanOrEqualTo(width);
            assertThat(words).containsAll(List.of(row.split(" ")));
        });
        assertThat(String.join(" ", rows)).isEqualTo(text.text());
    }

    @Test
    void maskedNameKeepsEachWordsFirstLetter() {
        assertThat(ReceiptContents.maskedName("Budi Santoso")).isEqualTo("B*** S******");
        assertThat(ReceiptContents.maskedName("  Siti   Rahayu ")).isEqualTo("S*** R*****");
        assertThat(ReceiptContents.maskedName("Agus")).isEqualTo("A***");
        assertThat(ReceiptContents.maskedName("I Made Ari")).isEqualTo("I M*** A**");
        assertThat(ReceiptContents.maskedName("")).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    /** Slip, last year's and this year's statement, and a proof of the latest paid month (when there is one). */
    private List<ReceiptContent> allReceipts(long member, Locale locale) {
        List<ReceiptContent> all = new ArrayList<>();
        all.add(contents.balanceSlip(member, KIOSK, locale, today));
        all.add(contents.yearStatement(member, today.getYear() - 1, KIOSK, locale, today));
        all.add(contents.yearStatement(member, today.getYear(), KIOSK, locale, today));
        latestPaid(member).flatMap(l -> contents.paymentProof(member, YearMonth.from(l.period()), KIOSK, locale, today))
                .ifPresent(all::add);
        return all;
    }

    /** The member's most recent paid month, looking back year by year (Dewi's last one is in 2024). */
    private Optional<ContributionLine> latestPaid(long member) {
        for (int year = today.getYear(); year >= 2000; year--) {
            Optional<ContributionLine> paid = contributions.yearLines(member, year).reversed().stream()
                    .filter(l -> l.depositDate() != null).findFirst();
            if (paid.isPresent()) {
                return paid;
            }
        }
        return Optional.empty();
    }

    private String branchOfKiosk() {
        return kiosks.branchOf(kiosks.findOrDefault(KIOSK)).name();
    }

    private static List<ReceiptLine.Pair> pairs(ReceiptDocument doc) {
        return doc.lines().stream().filter(ReceiptLine.Pair.class::isInstance).map(ReceiptLine.Pair.class::cast).toList();
    }

    private static List<String> texts(ReceiptDocument doc) {
        return doc.lines().stream().filter(ReceiptLine.Text.class::isInstance).map(l -> ((ReceiptLine.Text) l).text()).toList();
    }

    private static List<String> headings(ReceiptDocument doc) {
        return doc.lines().stream().filter(ReceiptLine.Heading.class::isInstance).map(l -> ((ReceiptLine.Heading) l).text()).toList();
    }

    private static boolean heading(ReceiptDocument doc, String text) {
        return headings(doc).contains(text);
    }

    private static Set<String> labels(ReceiptDocument doc) {
        Set<String> labels = new HashSet<>();
        pairs(doc).forEach(p -> labels.add(withoutMark(p.label())));
        return labels;
    }

    private static String withoutMark(String label) {
        return label.endsWith(ReceiptContents.ESTIMATE) ? label.substring(0, label.length() - 1) : label;
    }

    /** The value of the only pair with this label (an estimate mark after the label aside). */
    private static String value(ReceiptDocument doc, String label) {
        List<String> values = pairs(doc).stream().filter(p -> withoutMark(p.label()).equals(label)).map(ReceiptLine.Pair::value).toList();
        assertThat(values).as("pairs labelled \"%s\"", label).hasSize(1);
        return values.getFirst();
    }

    private static String labelOf(ReceiptDocument doc, String label) {
        return pairs(doc).stream().filter(p -> withoutMark(p.label()).equals(label)).map(ReceiptLine.Pair::label)
                .findFirst().orElseThrow();
    }

    private static List<String> allText(ReceiptDocument doc) {
        List<String> all = new ArrayList<>(List.of(doc.title(), doc.footer()));
        for (ReceiptLine line : doc.lines()) {
            switch (line) {
                case ReceiptLine.Heading h -> all.add(h.text());
                case ReceiptLine.Text t -> all.add(t.text());
                case ReceiptLine.Pair p -> all.add(p.label() + " " + p.value());
                case ReceiptLine.Separator s -> { }
                case ReceiptLine.Blank b -> { }
            }
        }
        return all;
    }

    /** The amounts printed under the month headings, summed by label. */
    private static Map<String, Long> monthSums(ReceiptDocument doc) {
        Map<String, Long> sums = new LinkedHashMap<>();
        boolean inMonth = false;
        for (ReceiptLine line : doc.lines()) {
            if (line instanceof ReceiptLine.Heading h) {
                inMonth = MONTH_HEADING.matcher(h.text()).matches();
            } else if (line instanceof ReceiptLine.Pair p) {
                if (inMonth) {
                    sums.merge(p.label(), rupiah(p.value()), Long::sum);
                }
            } else {
                inMonth = false;
            }
        }
        return sums;
    }

    /** The amounts under the heading "Jumlah YYYY (n bulan)", before the grand total. */
    private static Map<String, Long> totals(ReceiptDocument doc, int year) {
        Map<String, Long> totals = new LinkedHashMap<>();
        boolean inTotals = false;
        for (ReceiptLine line : doc.lines()) {
            if (line instanceof ReceiptLine.Heading h) {
                inTotals = h.text().startsWith("Jumlah " + year + " (");
            } else if (inTotals && line instanceof ReceiptLine.Pair p) {
                if (p.label().equals("Jumlah JHT + JP")) {
                    break;
                }
                totals.put(p.label(), rupiah(p.value()));
            }
        }
        assertThat(totals).as("totals printed").isNotEmpty();
        return totals;
    }

    private static long rupiah(String printed) {
        assertThat(printed).matches("-?Rp \\d{1,3}(\\.\\d{3})*");
        long amount = Long.parseLong(printed.replaceAll("[^0-9]", ""));
        return printed.startsWith("-") ? -amount : amount;
    }
}
