package id.kiosmandiri.member;

import id.kiosmandiri.session.LoginMethod;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.demo.DemoLogin;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the kiosk takes to say "Nomor atau PIN salah" for an unknown number and for a member's
 * wrong PIN, measured interleaved (unknown, wrong, unknown, ...) through the login service on the
 * embedded MariaDB. Goal: medians within 5 % of each other. Run with
 * {@code ./mvnw verify -Pbenchmark -Dtest=LoginAnswerTimeBenchmark}; printed, never asserted.
 */
@Tag("benchmark")
@IntegrationTest
class LoginAnswerTimeBenchmark {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 200;

    @Autowired
    private MemberAuthService auth;
    @Autowired
    private MemberRepository members;
    @Autowired
    private MembershipCardRepository cards;

    @Test
    void unknownNumberAgainstWrongPin() {
        List<String> kpjs = members.findAll().stream()
                .filter(m -> m.getId() > DemoLogin.values().length && m.getStatus() == MemberStatus.ACTIVE)
                .filter(m -> m.getFailedPinCount() == 0 && m.getLockedUntil() == null)
                .sorted(Comparator.comparing(Member::getId))
                .limit(WARM_UP + MEASURED)
                .map(m -> cards.findByMemberIdOrderByJhtStartAsc(m.getId()).getFirst().getKpj())
                .toList();
        assertThat(kpjs).as("enough untouched members").hasSize(WARM_UP + MEASURED);
        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        for (int i = 0; i < kpjs.size(); i++) {
            String unknownKpj = String.format("1999990%04d", i);
            long a = System.nanoTime();
            LoginResult u = auth.login("BENCH-ANSWER", "192.0.2.250", LoginMethod.KPJ, unknownKpj, "000000");
            long b = System.nanoTime();
            LoginResult w = auth.login("BENCH-ANSWER", "192.0.2.250", LoginMethod.KPJ, kpjs.get(i), "000000");
            long c = System.nanoTime();
            assertThat(u).isEqualTo(new LoginResult.Wrong()).isEqualTo(w);
            if (i >= WARM_UP) {
                unknown.add(b - a);
                wrong.add(c - b);
            }
        }
        double mu = median(unknown) / 1e6;
        double mw = median(wrong) / 1e6;
        System.out.printf("%nLOGIN ANSWER TIME over %d interleaved pairs (after %d warm-up):%n", MEASURED, WARM_UP);
        System.out.printf("  unknown number  median %6.1f ms%n  wrong PIN       median %6.1f ms%n  difference      %+5.1f %%%n",
                mu, mw, (mw - mu) / mu * 100);
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
