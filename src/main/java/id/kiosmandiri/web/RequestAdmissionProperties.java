package id.kiosmandiri.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How many screen requests the server works on at once (settings {@code kiosk.admission.*}; see
 * {@link RequestAdmissionFilter}).
 *
 * @param concurrentRequests Requests worked on at once; the others wait their turn. 0: four per processor
 *                           core, measured to keep one core busy while the database answers (docs/benchmarks.md).
 * @param maxWait            After waiting this long a request goes on anyway, so that requests stuck on
 *                           something else can slow the server down but never stop it.
 */
@ConfigurationProperties("kiosk.admission")
@Validated
public record RequestAdmissionProperties(
        @Min(0) @DefaultValue("0") int concurrentRequests,
        @NotNull @DefaultValue("20s") Duration maxWait) {

    int permits() {
        return concurrentRequests > 0 ? concurrentRequests : 4 * Runtime.getRuntime().availableProcessors();
    }
}
