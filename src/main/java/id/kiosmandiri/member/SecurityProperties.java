package id.kiosmandiri.member;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;

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
 * @param pinPepper The PIN pepper: a server-side secret of at least 32 characters, the same on every server node,
 *                  kept outside the database (KIOSK_PIN_PEPPER). Changing it makes every stored PIN wrong.
 * @param generatePinPepper With no pepper set, make one at first start and keep it in pin-pepper-file (the demo;
 *                          production sets false and must configure the pepper).
 * @param pinPepperFile Where a generated pepper is kept (readable by the server's user only).
 * @param pinHashCost BCrypt's cost (log2 of its rounds) over the peppered PIN: 5 is about 2 ms of CPU (README:
 *                    PIN hashing).
 */
@ConfigurationProperties("kiosk.security")
@Validated
public record SecurityProperties(
        @Min(1) @DefaultValue("3") int maxFailedPins,
        @Min(1) @DefaultValue("30") int pinLockMinutes,
        @Min(0) @DefaultValue("5") int kioskFreeFailures,
        @Min(0) @DefaultValue("20") int addressFreeFailures,
        @Min(1) @DefaultValue("15") int failureWindowMinutes,
        @Min(1000) @DefaultValue("600000") long failurePurgeMillis,
        @DefaultValue("") String pinPepper,
        @DefaultValue("true") boolean generatePinPepper,
        @NotNull @DefaultValue("data/pin-pepper.key") Path pinPepperFile,
        @Min(4) @Max(12) @DefaultValue("5") int pinHashCost) {
}
