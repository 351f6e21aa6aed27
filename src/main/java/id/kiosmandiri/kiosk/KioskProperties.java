package id.kiosmandiri.kiosk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Where the kiosk files are, which kiosk a browser is when it does not say, and what a card
 * reader may type (settings {@code kiosk.config-dir}, {@code kiosk.default-id}, {@code kiosk.card.*}).
 *
 * @param configDir Folder holding branches.yml and one file a kiosk under kiosks/ (environment variable
 *                  KIOSK_CONFIG_DIR). See kiosk-config/README.md.
 * @param defaultId Kiosk a browser is when it names none (?kiosk= or the header X-Kiosk-Id). Its file must exist.
 * @param card What the card reader may type.
 * @param enrolment Device trust: whether only enrolled browsers serve members.
 * @param otherNodesPoll How often each server node reads the kiosk states and help requests that changed lately,
 *                       so that its open staff pages show what kiosks on other nodes did within seconds
 *                       (docs/deployment.md). A change on the node itself shows at once anyway.
 */
@ConfigurationProperties("kiosk")
@Validated
public record KioskProperties(
        @NotBlank @DefaultValue("kiosk-config") String configDir,
        @NotBlank @DefaultValue("DEMO-01") String defaultId,
        @NotNull @Valid @DefaultValue Card card,
        @NotNull @Valid @DefaultValue Enrolment enrolment,
        @NotNull @DurationMin(millis = 100) @DefaultValue("2s") Duration otherNodesPoll) {

    /**
     * Device trust (settings {@code kiosk.enrolment.*}; {@link KioskDevices}).
     *
     * @param required     Only a browser enrolled by branch staff (at {@code /enrol}, with a code from the staff
     *                     fleet page) is a kiosk and may start a member login; {@code ?kiosk=} and {@code X-Kiosk-Id}
     *                     then decide nothing. The demo turns it off and says so on the attract screen.
     * @param codeValidity How long an enrolment code can be used.
     */
    public record Enrolment(@DefaultValue("true") boolean required,
                            @NotNull @DefaultValue("10m") Duration codeValidity) {
    }

    /**
     * The card reader (settings {@code kiosk.card.*}).
     *
     * @param uidPattern Regular expression a card's UID must match, besides the 11-digit KPJ; any other read is
     *                   "Kartu tidak terbaca". A value that is no regular expression stops the start-up.
     */
    public record Card(@NotNull @DefaultValue("[0-9]{8,16}") Pattern uidPattern) {
    }
}
