package id.kiosmandiri.profile;

import id.kiosmandiri.member.ContactField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContactRulesTest {

    private static ContactRules.Outcome phone(String input) {
        return ContactRules.check(ContactField.PHONE, input, "081200000000");
    }

    private static ContactRules.Outcome valid(String value) {
        return new ContactRules.Outcome.Valid(value);
    }

    private static ContactRules.Outcome refused(String key) {
        return new ContactRules.Outcome.Refused(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0812345678", "08123456789", "081234567890", "0812345678901"})
    void mobileNumbersOf10To13DigitsStartingWith08AreTaken(String number) {
        assertThat(phone(number)).isEqualTo(valid(number));
    }

    @Test
    void theInternationalFormIsStoredAs08() {
        assertThat(phone("+6281234567890")).isEqualTo(valid("081234567890"));
        assertThat(phone(" 081234567890 ")).as("spaces around are dropped").isEqualTo(valid("081234567890"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"081234567", "08123456789012", "0712345678", "8123456789", "62812345678", "+62712345678",
            "0812-3456-789", "0812 3456 789", "08123456789a", "O812345678", "０８１２３４５６７８", "+6281234567890123", "+62"})
    void otherPhonesAreRefused(String number) {
        assertThat(phone(number)).isEqualTo(refused("update.error.phone"));
    }

    @Test
    void emailsAreStoredInLowerCase() {
        assertThat(ContactRules.check(ContactField.EMAIL, "Budi.Santoso@Example.CO.ID", null)).isEqualTo(valid("budi.santoso@example.co.id"));
        assertThat(ContactRules.check(ContactField.EMAIL, "a_b-c+d@mail-1.example.com", "x@y.id")).isEqualTo(valid("a_b-c+d@mail-1.example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"budi", "budi@", "@example.com", "budi@example", "budi@@example.com", "budi@example.c",
            "bu di@example.com", ".budi@example.com", "budi.@example.com", "bu..di@example.com", "budi@-example.com",
            "budi@example-.com", "budi@example..com", "budi@exa_mple.com", "budi@example.com/x", "büdi@example.com"})
    void malformedEmailsAreRefused(String email) {
        assertThat(ContactRules.check(ContactField.EMAIL, email, null)).isEqualTo(refused("update.error.email"));
    }

    @Test
    void anEmailOver160CharactersIsRefused() {
        String domain = "@" + "a".repeat(60) + "." + "b".repeat(60) + ".com";
        String local = "c".repeat(160 - domain.length());
        assertThat(ContactRules.check(ContactField.EMAIL, local + domain, null)).isEqualTo(valid(local + domain));
        assertThat(ContactRules.check(ContactField.EMAIL, "c" + local + domain, null)).isEqualTo(refused("update.error.email-length"));
        assertThat(ContactRules.check(ContactField.EMAIL, "d".repeat(65) + "@example.com", null)).as("local part over 64")
                .isEqualTo(refused("update.error.email"));
    }

    @Test
    void addressesAreTrimmedAndTheirSpacesMadeOne() {
        assertThat(ContactRules.check(ContactField.ADDRESS, "  Jl. Salemba  Raya No. 5, RT 01/RW 02, Jakarta-Pusat ", null))
                .isEqualTo(valid("Jl. Salemba Raya No. 5, RT 01/RW 02, Jakarta-Pusat"));
        assertThat(ContactRules.check(ContactField.ADDRESS, "a".repeat(255), null)).isEqualTo(valid("a".repeat(255)));
    }

    @Test
    void addressesOutsideTheRulesAreRefused() {
        assertThat(ContactRules.check(ContactField.ADDRESS, "Jl. Mawar", null)).as("9 characters")
                .isEqualTo(refused("update.error.address-length"));
        assertThat(ContactRules.check(ContactField.ADDRESS, "a".repeat(256), null)).isEqualTo(refused("update.error.address-length"));
        assertThat(ContactRules.check(ContactField.ADDRESS, "..........,,,", null)).as("no letter or digit")
                .isEqualTo(refused("update.error.address-length"));
        for (String bad : new String[]{"Jl. Mawar No. 5 <script>", "Jl. Mawar #5 Jakarta", "Jl. Mawar; DROP TABLE member", "Jl. Mawar \"5\" Bogor",
                "Jl. Ma'war No 5 Bogor", "Jl. Kenanga № 5 Bogor"}) {
            assertThat(ContactRules.check(ContactField.ADDRESS, bad, null)).as(bad).isEqualTo(refused("update.error.address-characters"));
        }
    }

    @Test
    void controlAndInvisibleCharactersAreRefusedInEveryField() {
        for (String bad : new String[]{"0812345678\n", "08123\u000045678", "\t0812345678"}) {
            assertThat(phone(bad)).isEqualTo(refused("update.error.control"));
        }
        assertThat(ContactRules.check(ContactField.EMAIL, "budi@exam\u200Bple.com", null)).as("zero-width space")
                .isEqualTo(refused("update.error.control"));
        assertThat(ContactRules.check(ContactField.EMAIL, "budi@example.com\r\nBcc: x@y.id", null)).isEqualTo(refused("update.error.control"));
        assertThat(ContactRules.check(ContactField.ADDRESS, "Jl. Salemba Raya\u202E No. 5", null)).as("right-to-left override")
                .isEqualTo(refused("update.error.control"));
        assertThat(ContactRules.check(ContactField.ADDRESS, "Jl. Salemba Raya\nNo. 5", null)).isEqualTo(refused("update.error.control"));
    }

    @Test
    void emptyInputIsRefused() {
        for (ContactField field : ContactField.values()) {
            assertThat(ContactRules.check(field, "", null)).isEqualTo(refused("update.error.empty"));
            assertThat(ContactRules.check(field, "   ", null)).isEqualTo(refused("update.error.empty"));
            assertThat(ContactRules.check(field, null, null)).isEqualTo(refused("update.error.empty"));
        }
    }

    @Test
    void theSameValueAsNowIsRefusedInAnyForm() {
        assertThat(phone("081200000000")).isEqualTo(refused("update.error.same"));
        assertThat(phone("+6281200000000")).isEqualTo(refused("update.error.same"));
        assertThat(ContactRules.check(ContactField.EMAIL, "Budi@Example.com", "budi@example.com")).isEqualTo(refused("update.error.same"));
        assertThat(ContactRules.check(ContactField.ADDRESS, "Jl. Salemba  Raya 5 ", "Jl. Salemba Raya 5")).isEqualTo(refused("update.error.same"));
        assertThat(ContactRules.check(ContactField.ADDRESS, "Jl. salemba raya 5", "Jl. Salemba Raya 5")).as("another spelling is a change")
                .isEqualTo(valid("Jl. salemba raya 5"));
    }

    @Test
    void theAddressNeverShowsInFull() {
        assertThat(ContactRules.shortAddress("Jl. Salemba Raya No. 5, RT 01/RW 02, Kenari, Senen, Jakarta Pusat"))
                .isEqualTo("Jl. Salemba Raya…");
        assertThat(ContactRules.shortAddress("Jl. Mawar No. 5")).as("a short one: at most half").isEqualTo("Jl. Maw…");
        assertThat(ContactRules.shortAddress("Jl. Mawar 5, Bogor")).isEqualTo("Jl. Mawar…");
        assertThat(ContactRules.shortAddress("Jl. Percetakan Negara No. 7, Johar Baru, Jakarta Pusat")).isEqualTo("Jl. Percetakan…");
        assertThat(ContactRules.shortAddress("Jalan Kebon Sirih Nomor 12 RT 03/RW 05 Jakarta")).isEqualTo("Jalan Kebon Sirih…");
        assertThat(ContactRules.shortAddress(null)).isNull();
        assertThat(ContactRules.shown(ContactField.PHONE, "081234567890")).isEqualTo("081234567890");
    }
}
