package id.kiosmandiri.session;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The server's own check for idle member sessions (settings {@code kiosk.session.*}).
 *
 * @param idleGraceSeconds Seconds after a kiosk's idle timeout at which the server ends a member session itself,
 *                         should the browser have gone silent.
 * @param sweepMillis Milliseconds between two of the server's checks for member sessions idle past timeout and grace.
 */
@ConfigurationProperties("kiosk.session")
@Validated
public record SessionProperties(
        @Min(0) @DefaultValue("5") int idleGraceSeconds,
        @Min(100) @DefaultValue("1000") long sweepMillis) {
}
