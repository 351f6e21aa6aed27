package id.kiosmandiri.member;

import id.kiosmandiri.IntegrationTest;
import id.kiosmandiri.TestData;
import id.kiosmandiri.session.LoginMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * A PIN hash stored before the peppered kind (plain BCrypt) keeps working and is replaced at the member's
 * next right PIN, at login or when confirming an action; a wrong PIN changes nothing. Test members of this
 * class's own (NIK serial 3051, KPJ 823051).
 */
@IntegrationTest
class PinHashUpgradeTest {

    private static final String KIOSK = "DEMO-01";
    private static final String ADDRESS = "192.0.2.85";
    private static final String NIK = "3471051505903051";
    private static final String KPJ = TestData.KPJ_PREFIX + "823051";

    @Autowired
    private MemberAuthService auth;
    @Autowired
    private Clock clock;
    @Autowired
    private JdbcTemplate jdbc;

    private TestData data;
    private long member;

    @BeforeEach
    void memberWithAnOlderHash() {
        data = new TestData(jdbc, clock);
        member = data.loginMember(NIK, KPJ, "1999982351", "Uji Hash Lama");
        assertThat(storedHash()).startsWith("{bcrypt}");
    }

    @AfterEach
    void removeTestMember() {
        data.deleteAll();
    }

    private String storedHash() {
        return jdbc.queryForObject("SELECT pin_hash FROM member WHERE id = ?", String.class, member);
    }

    @Test
    void aWrongPinLeavesTheHashAndTheRightOneReplacesItByThePepperedKind() {
        String older = storedHash();
        assertInstanceOf(LoginResult.Wrong.class, auth.login(KIOSK, ADDRESS, LoginMethod.KPJ, KPJ, "999999"));
        assertThat(storedHash()).isEqualTo(older);

        assertEquals(new LoginResult.Success(member), auth.login(KIOSK, ADDRESS, LoginMethod.KPJ, KPJ, TestData.PIN));
        String today = storedHash();
        assertThat(today).startsWith("{pin-hmac-bcrypt}").doesNotContain(TestData.PIN);

        // the member goes on logging in with the same PIN, and the hash is not made again
        assertEquals(new LoginResult.Success(member), auth.login(KIOSK, ADDRESS, LoginMethod.KPJ, KPJ, TestData.PIN));
        assertThat(storedHash()).isEqualTo(today);
        assertInstanceOf(LoginResult.Wrong.class, auth.login(KIOSK, ADDRESS, LoginMethod.KPJ, KPJ, "999999"));
    }

    @Test
    void aRightPinConfirmingAnActionReplacesItToo() {
        assertEquals(new PinCheck.Right(), auth.confirmPin(member, KIOSK, TestData.PIN));
        assertThat(storedHash()).startsWith("{pin-hmac-bcrypt}");
        assertEquals(new PinCheck.Right(), auth.confirmPin(member, KIOSK, TestData.PIN));
    }
}
