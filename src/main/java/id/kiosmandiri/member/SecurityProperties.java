package id.kiosmandiri.member;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * PIN guesses and the login throttle (settings {@code kiosk.security.*}).
 *
 * @param maxFailedPins Wrong PINs in a row after which a member is locked, on every kiosk.
 * @param pinLockMinutes Minutes a member stays locked after the last wrong PIN.
 * @param kioskFreeFailures Failed logins at one kiosk within the window before each further try must wait
 *                          (2 s, 4 s, ... up to a minute).
 * @param addressFreeFailures Failed logins from one client address within the window before each further try must wait.
 * @param failureWindowMinutes Minutes of the sliding window in which failed logins are counted.
 * @param failurePurgeMillis Milliseconds between two deletions of failed logins older than the window.
 */
@ConfigurationProperties("kiosk.security")
@Validated
public record SecurityProperties(
        @Min(1) @DefaultValue("3") int maxFailedPins,
        @Min(1) @DefaultValue("30") int pinLockMinutes,
        @Min(0) @DefaultValue("5") int kioskFreeFailures,
        @Min(0) @DefaultValue("20") int addressFreeFailures,
        @Min(1) @DefaultValue("15") int failureWindowMinutes,
        @Min(1000) @DefaultValue("600000") long failurePurgeMillis) {
}
