package id.kiosmandiri.member.ui;

import com.vaadin.flow.server.VaadinSession;
import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.demo.DemoLogin;
import id.kiosmandiri.kiosk.ui.KioskBrowserlessTest;
import id.kiosmandiri.session.MemberSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server-side time from the PIN's OK to the rendered balance: the PIN check (BCrypt), the
 * session, the home screen, the balance tile and the balance screen, for many different members
 * of the default demo data (2,000 members). Run with {@code ./mvnw verify -Pbenchmark}; the
 * numbers are printed, never asserted (these machines are shared and noisy).
 */
@Tag("benchmark")
@IntegrationTest
@TestPropertySource(properties = {"kiosk.demo.members=2000", "kiosk.embedded-db.dir=target/mariadb-bench-login"})
class LoginToBalanceBenchmark extends KioskBrowserlessTest {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 200;

    @Test
    void pinSubmitToRenderedBalance() {
        List<Long> members = stored.activeMemberIdsAbove(DemoLogin.values().length, WARM_UP + MEASURED);
        List<Long> toHome = new ArrayList<>();
        List<Long> toBalance = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            String kpj = stored.firstKpj(members.get(i));
            navigate(LoginView.class);
            click("login-by-kpj");
            kpj.chars().forEach(c -> click("key-" + (char) c));
            click("key-ok");
            DemoLogin.GENERATED_MEMBER_PIN.chars().forEach(c -> click("key-" + (char) c));

            long start = System.nanoTime();
            click("key-ok");
            assertOnScreen("home");
            long home = System.nanoTime();
            click("menu-balance");
            assertThat(text("jht-balance")).startsWith("Rp ");
            long balance = System.nanoTime();
            if (i >= WARM_UP) {
                toHome.add(home - start);
                toBalance.add(balance - home);
            }
            VaadinSession.getCurrent().setAttribute(MemberSession.class, null); // next member, same browser
        }
        List<Long> total = new ArrayList<>();
        for (int i = 0; i < toHome.size(); i++) {
            total.add(toHome.get(i) + toBalance.get(i));
        }
        System.out.printf("%nLOGIN-TO-BALANCE over %d logins of different members (after %d warm-up):%n", MEASURED, WARM_UP);
        print("PIN OK -> home rendered", toHome);
        print("balance tile -> balance rendered", toBalance);
        print("PIN OK -> balance rendered (total)", total);
        assertThat(total).hasSize(MEASURED);
    }

    private static void print(String what, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("  %-36s median %6.1f ms   p95 %6.1f ms   max %6.1f ms%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                Arrays.stream(sorted).max().orElse(0) / 1e6);
    }
}
