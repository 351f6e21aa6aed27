package id.kiosmandiri.member;

import id.kiosmandiri.session.LoginMethod;

import id.kiosmandiri.kiosk.CardReads;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mockito.Mockito;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,000 hostile strings for each way in (NIK, KPJ, card read, PIN): the login service never
 * throws, refuses everything that is not ASCII digits of the exact length before it touches a
 * repository, the throttle, a transaction or the PIN hash (mocks that must see no call: no query,
 * nothing stored), and anything it lets through has the exact shape.
 */
class LoginInputPropertiesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final String KIOSK = "FUZZ-01";
    private static final String ADDRESS = "192.0.2.200";
    private static final String A_PIN = "123456";
    private static final String A_KPJ = "11010000017";

    private final MemberRepository members = Mockito.mock(MemberRepository.class);
    private final MembershipCardRepository cards = Mockito.mock(MembershipCardRepository.class);
    private final PasswordEncoder encoder = Mockito.mock(PasswordEncoder.class);
    private final LoginThrottle throttle = Mockito.mock(LoginThrottle.class);
    private final PlatformTransactionManager transactions = Mockito.mock(PlatformTransactionManager.class);
    private final org.springframework.context.ApplicationEventPublisher events = Mockito.mock(org.springframework.context.ApplicationEventPublisher.class);
    private final CardReads cardReads = new CardReads("[0-9]{8,16}");
    private final MemberAuthService auth;

    LoginInputPropertiesTest() {
        auth = new MemberAuthService(members, cards, cardReads, encoder, throttle, CLOCK, transactions, 3, 30, events);
        Mockito.clearInvocations(encoder); // the dummy hash made at construction
    }

    @Provide
    Arbitrary<String> hostile() {
        return HostileStrings.any();
    }

    private static boolean asciiDigitsOfLength(String s, int... lengths) {
        if (s == null || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        for (int length : lengths) {
            if (s.length() == length) {
                return true;
            }
        }
        return false;
    }

    /** Refused means: answered Invalid, and not one call to anything that queries or stores. */
    private void assertRefusedUntouched(LoginResult result) {
        assertThat(result).isEqualTo(new LoginResult.Invalid());
        Mockito.verifyNoInteractions(members, cards, encoder, throttle, transactions, events);
    }

    @Property(tries = 10_000)
    void nik(@ForAll("hostile") String input) {
        boolean accepted = Identifiers.validNik(input, java.time.LocalDate.now(CLOCK)).isPresent();
        if (accepted) {
            assertThat(asciiDigitsOfLength(input, 16)).as("an accepted NIK is 16 ASCII digits: %s", input).isTrue();
            return;
        }
        assertRefusedUntouched(auth.login(KIOSK, ADDRESS, LoginMethod.NIK, input, A_PIN));
    }

    @Property(tries = 10_000)
    void kpj(@ForAll("hostile") String input) {
        boolean accepted = Identifiers.validKpj(input).isPresent();
        assertThat(accepted).isEqualTo(asciiDigitsOfLength(input, 11));
        if (!accepted) {
            assertRefusedUntouched(auth.login(KIOSK, ADDRESS, LoginMethod.KPJ, input, A_PIN));
        }
    }

    @Property(tries = 10_000)
    void cardRead(@ForAll("hostile") String input) {
        boolean accepted = cardReads.parse(input).isPresent();
        assertThat(accepted).isEqualTo(asciiDigitsOfLength(input, 8, 9, 10, 11, 12, 13, 14, 15, 16));
        if (!accepted) {
            assertRefusedUntouched(auth.login(KIOSK, ADDRESS, LoginMethod.CARD, input, A_PIN));
        }
    }

    @Property(tries = 10_000)
    void pin(@ForAll("hostile") String input) {
        boolean accepted = Identifiers.validPin(input).isPresent();
        assertThat(accepted).isEqualTo(asciiDigitsOfLength(input, 6));
        if (!accepted) {
            assertRefusedUntouched(auth.login(KIOSK, ADDRESS, LoginMethod.KPJ, A_KPJ, input));
        }
    }

    @Property(tries = 10_000)
    void theKeypadHintsNameAProblemForAnythingThatIsNoNumber(@ForAll("hostile") String input) {
        // the login screen runs these on every key: any string gives a hint or none, never an exception
        java.time.LocalDate today = java.time.LocalDate.now(CLOCK);
        assertThat(Identifiers.nikProblem(input, today).isPresent() || asciiDigitsOfLength(input, 16)).isTrue();
        assertThat(Identifiers.kpjProblem(input).isPresent()).isEqualTo(!asciiDigitsOfLength(input, 11));
        if (!input.chars().allMatch(c -> c >= '0' && c <= '9')) {
            assertThat(Identifiers.partialNikProblem(input, today)).contains("id.error.digits-only");
        }
        assertThat(Identifiers.mask(input)).hasSize(input.length());
    }
}
