package id.kiosmandiri.member;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CPU time of one PIN check: the older plain BCrypt (cost 10) against the peppered kind at costs 4 to 6
 * (README: PIN hashing). {@code ./mvnw verify -Pbenchmark -Dtest=PinHashCostBenchmark}; printed, never
 * asserted (the machines are shared).
 */
@Tag("benchmark")
class PinHashCostBenchmark {

    private static final byte[] PEPPER = "a-pepper-of-at-least-32-characters!!".getBytes(StandardCharsets.UTF_8);

    @Test
    void oneCheckOfEachKind() {
        System.out.println("| hash | checks | median | p95 |");
        System.out.println("|---|---|---|---|");
        measure("{bcrypt} cost 10 (before)", new BCryptPasswordEncoder(10), 60);
        for (int cost = 4; cost <= 6; cost++) {
            measure("peppered, BCrypt cost " + cost, new PepperedPinEncoder(PEPPER, cost), 400);
        }
    }

    private static void measure(String name, PasswordEncoder encoder, int checks) {
        String hash = encoder.encode("482913");
        for (int i = 0; i < checks / 4; i++) {
            encoder.matches("482913", hash); // warm-up
        }
        long[] nanos = new long[checks];
        int right = 0;
        for (int i = 0; i < checks; i++) {
            long start = System.nanoTime();
            right += encoder.matches(i % 2 == 0 ? "482913" : "482914", hash) ? 1 : 0;
            nanos[i] = System.nanoTime() - start;
        }
        assertThat(right).as("every other PIN is the right one").isEqualTo(checks / 2);
        Arrays.sort(nanos);
        System.out.printf("| %s | %d | %.2f ms | %.2f ms |%n", name, checks, nanos[checks / 2] / 1e6, nanos[checks * 95 / 100] / 1e6);
    }
}
