package id.kiosmandiri.contribution.ui;

import com.vaadin.flow.component.html.Div;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.contribution.BillService;
import id.kiosmandiri.contribution.ContributionLine;
import id.kiosmandiri.contribution.OpenBills;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.kiosk.KioskTime;
import id.kiosmandiri.kiosk.ui.Formats;
import id.kiosmandiri.kiosk.ui.KioskBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class BillsViewTest extends KioskBrowserlessTest {

    private static final String[] BULAN = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember"};

    @Autowired
    private BillService billService;
    @Autowired
    private KioskTime kioskTime;

    private List<Div> billRows() {
        return find(Div.class).withClassName("bill-row").from(byId(Div.class, "bills-list")).all();
    }

    private static String bulan(LocalDate period) {
        return BULAN[period.getMonthValue() - 1] + " " + period.getYear();
    }

    @Test
    void aMemberWhoseEmployerPaidEverythingHasNoBills() {
        // on any day of the month: a month whose due date has not come is not the employer's debt yet
        loginAs(DemoLogin.BUDI);
        navigate(BillsView.class);
        assertEquals("Tidak ada tagihan. Semua iuran Anda sudah dibayar.", text("bills-none"));
        assertTrue(billRows().isEmpty());
        assertFalse(exists("bills-total"));
        assertFalse(exists("bills-employer-advice"));
    }

    @Test
    void anInformalWorkerSeesHisOwnOpenMonthsAndTheirTotal() {
        Long agus = loginAs(DemoLogin.AGUS);
        navigate(BillsView.class);
        OpenBills open = billService.openBills(agus, kioskTime.today(DEMO_KIOSK));
        LocalDate thisMonth = kioskTime.today(DEMO_KIOSK).withDayOfMonth(1);

        // Agus declares Rp 3.000.000: JHT 2% 60.000 + JKK 1% 30.000 + JKM 6.800 = 96.800 a month,
        // and he has not paid last month and this month
        assertEquals(2, open.ownMonths().size());
        assertEquals("Rp 193.600", text("bills-total"));
        assertEquals(Formats.rupiah(open.ownMonths().stream().mapToLong(ContributionLine::total).sum()), text("bills-total"));

        List<Div> rows = billRows();
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).getElement().getTextRecursively().startsWith(bulan(thisMonth.minusMonths(1)) + "Rp 96.800"),
                rows.get(0).getElement().getTextRecursively());
        assertTrue(rows.get(1).getElement().getTextRecursively().startsWith(bulan(thisMonth) + "Rp 96.800"),
                rows.get(1).getElement().getTextRecursively());
        assertEquals("Jika iuran tidak dibayar 3 bulan, kepesertaan menjadi tidak aktif dan perlindungan berhenti.",
                text("bills-rule"));
        assertFalse(exists("bills-employer-advice"));
        assertFalse(exists("bills-none"));
    }

    @Test
    void monthsTheEmployerDidNotPayComeWithAdvice() {
        Long hendra = loginAs(DemoLogin.HENDRA);
        navigate(BillsView.class);
        OpenBills open = billService.openBills(hendra, kioskTime.today(DEMO_KIOSK));
        assertTrue(open.ownMonths().isEmpty());
        assertTrue(open.employerUnpaidMonths().size() >= 2, "Hendra's employer owes the last months");

        List<Div> rows = billRows();
        assertEquals(open.employerUnpaidMonths().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ContributionLine line = open.employerUnpaidMonths().get(i);
            String row = rows.get(i).getElement().getTextRecursively();
            assertTrue(row.startsWith(bulan(line.period()) + " · " + line.employerName() + Formats.rupiah(line.total())), row);
        }
        assertTrue(text("bills-employer-advice").startsWith("Iuran ini dilaporkan pemberi kerja Anda tetapi belum dibayar."));
        assertTrue(text("bills-employer-advice").contains("Anda tidak perlu membayarnya sendiri"));
        assertFalse(exists("bills-total"), "nothing for Hendra himself to pay");
        assertFalse(exists("bills-none"));
    }
}
