package id.kiosmandiri.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cluster scenario's pieces that need no server: options, texts, ledger and request log, the checker's input. */
class ClusterScenarioTest {

    @Test
    void clusterOptionsHaveDefaultsAndAreChecked() {
        LoadOptions defaults = LoadOptions.parse();
        assertThat(defaults.scenario()).isEqualTo("balance");
        assertThat(defaults.cluster()).isFalse();
        assertThat(defaults.runSeconds()).isZero();
        assertThat(defaults.ledger()).isNull();

        LoadOptions cluster = LoadOptions.parse("--scenario", "cluster", "--lockout-kiosks", "2", "--run-s", "90",
                "--ledger", "l.tsv", "--request-log", "r.csv");
        assertThat(cluster.cluster()).isTrue();
        assertThat(cluster.lockoutKiosks()).isEqualTo(2);
        assertThat(cluster.runSeconds()).isEqualTo(90);
        assertThat(cluster.describe()).contains("journeys for 90 s", "2 kiosk(s) locking their member out");

        assertThatThrownBy(() -> LoadOptions.parse("--scenario", "write")).hasMessageContaining("balance or cluster");
        assertThatThrownBy(() -> LoadOptions.parse("--lockout-kiosks", "1")).hasMessageContaining("needs --scenario cluster");
        assertThatThrownBy(() -> LoadOptions.parse("--scenario", "cluster", "--hold")).hasMessageContaining("--hold");
    }

    @Test
    void messagesOnScreenAreRecognisedByTheAppsOwnTexts() {
        ScreenTexts locked = new ScreenTexts("login.error.locked");
        String shown = "Demi keamanan, akun Anda dikunci sampai pukul 14:05 karena PIN salah 3 kali. Untuk membuka kunci sekarang, "
                + "datang ke loket petugas dengan membawa e-KTP, atau hubungi call center 175. Setelah pukul 14:05 Anda dapat mencoba lagi.";
        assertThat(locked.find(shown)).contains("14:05");
        assertThat(locked.matches("Nomor atau PIN salah. Periksa lalu coba lagi.")).isFalse();
        assertThat(new ScreenTexts("login.error.slow-down").find("Terlalu banyak percobaan di kios ini. Tunggu 8 detik, lalu coba lagi."))
                .contains("8");
        assertThat(new ScreenTexts("login.error.wrong").matches("Nomor atau PIN salah. Periksa lalu coba lagi.")).isTrue();
    }

    @Test
    void phonesReceiptNumbersAndFailuresHaveTheirForm() {
        assertThat(KioskRunner.newPhone(7, 12)).isEqualTo("0899000700012").hasSize(13).matches("08[0-9]{8,11}");
        assertThat(KioskRunner.newPhone(12, 3)).isNotEqualTo(KioskRunner.newPhone(1, 23));
        assertThat(KioskRunner.receiptNumber("LOAD-0001").matcher(" No. LOAD-0001-20261124-0007 ").find()).isTrue();
        assertThat(KioskRunner.receiptNumber("LOAD-0001").matcher("No. LOAD-00012-20261124-0007").find()).isFalse();
        assertThat(RequestLog.failure("HTTP 503")).isEqualTo("fail:http-503");
        assertThat(RequestLog.failure("Vaadin error (appError)")).isEqualTo("fail:vaadin-error-apperror");
    }

    @Test
    void theLedgerAndTheRequestLogAreReadBackAsWritten(@TempDir Path dir) throws Exception {
        Path ledgerFile = dir.resolve("ledger.tsv");
        try (Ledger ledger = Ledger.to(ledgerFile)) {
            ledger.attempted(Ledger.Kind.LOCKED_REFUSAL, "LOAD-0001", "12000000070", null);
            ledger.acknowledged(Ledger.Kind.RECEIPT, "LOAD-0002", "12000000080", "LOAD-0002-20261124-0001");
        }
        List<Ledger.Entry> entries = Files.readAllLines(ledgerFile).stream().map(Ledger.Entry::parse).toList();
        assertThat(entries).extracting(Ledger.Entry::kind).containsExactly(Ledger.Kind.LOCKED_REFUSAL, Ledger.Kind.RECEIPT);
        assertThat(entries.getFirst().key()).isEqualTo("-");
        assertThat(Files.readAllLines(ledgerFile).get(1)).endsWith("\treceipt\tLOAD-0002\t12000000080\tacknowledged\tLOAD-0002-20261124-0001");

        Path requestFile = dir.resolve("requests.csv");
        try (RequestLog log = RequestLog.to(requestFile)) {
            log.request(2000, 2100, "LOAD-0001", "key", "ok", "a");
            log.request(1000, 1500, "LOAD-0001", "page", "fail:connection-failed", null);
        }
        List<ClusterCheck.Request> requests = ClusterCheck.readRequests(requestFile);
        assertThat(requests).extracting(ClusterCheck.Request::step).containsExactly("page", "key"); // by start
        assertThat(requests.getFirst().node()).isEqualTo("-");
        assertThat(requests.get(1).ok()).isTrue();

        Path phases = dir.resolve("phases.txt");
        Files.writeString(phases, "2000 db-node-killed\n1000 baseline\n");
        assertThat(ClusterCheck.readPhases(phases)).extracting(ClusterCheck.Phase::name).containsExactly("baseline", "db-node-killed");
        assertThat(ClusterCheck.percentile(List.of(1L, 2L, 3L, 4L), 50)).isEqualTo(2);
        assertThatThrownBy(() -> ClusterCheck.parse("--jdbc", "x")).hasMessageContaining("--user is required");
    }
}
