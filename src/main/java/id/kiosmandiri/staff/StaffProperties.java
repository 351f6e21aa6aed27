package id.kiosmandiri.staff;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Staff logins and sessions (settings {@code kiosk.staff.*}).
 *
 * @param accountFreeFailures Failed logins for one username (whether it exists or not) within the window before each
 *                            further try must wait (first-wait-seconds, then twice as long each time, up to
 *                            max-wait-seconds).
 * @param addressFreeFailures Failed staff logins from one client address within the window before each further try
 *                            must wait.
 * @param failureWindowMinutes Minutes of the sliding window in which failed staff logins are counted.
 * @param firstWaitSeconds Seconds the first throttled try must wait after the last failure.
 * @param maxWaitSeconds The longest wait between two tries once throttled.
 * @param idleTimeoutMinutes Minutes without a staff action (heartbeats of an open tab do not count) after which a staff
 *                           session ends and the next request goes to the login.
 * @param failurePurgeMillis Milliseconds between two deletions of failed staff logins older than the window.
 * @param fleetRefreshSeconds Seconds between two refreshes of an open fleet page (changes on this server node show
 *                            within a second anyway; this brings in other nodes' changes and kiosks gone offline).
 */
@ConfigurationProperties("kiosk.staff")
@Validated
public record StaffProperties(
        @Min(1) @DefaultValue("5") int accountFreeFailures,
        @Min(1) @DefaultValue("20") int addressFreeFailures,
        @Min(1) @DefaultValue("15") int failureWindowMinutes,
        @Min(1) @DefaultValue("30") int firstWaitSeconds,
        @Min(1) @DefaultValue("900") int maxWaitSeconds,
        @Min(1) @DefaultValue("30") int idleTimeoutMinutes,
        @Min(1000) @DefaultValue("600000") long failurePurgeMillis,
        @Min(1) @DefaultValue("15") int fleetRefreshSeconds) {
}
