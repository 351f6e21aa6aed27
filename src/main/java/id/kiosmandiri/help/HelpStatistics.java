package id.kiosmandiri.help;

import java.time.Duration;

/**
 * How quickly staff answered the closed requests of a scope and range of days.
 *
 * @param closed       closed requests
 * @param medianWait   median time from the request to a staff member taking it; {@code null} without requests
 * @param averageWait  average of the same
 * @param medianHandle median time from taking to closing; {@code null} without requests
 */
public record HelpStatistics(long closed, Duration medianWait, Duration averageWait, Duration medianHandle) {
}
