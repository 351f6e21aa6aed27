package id.kiosmandiri.help;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Help and "Panggil petugas" (settings {@code kiosk.help.*}).
 *
 * @param queueRefreshSeconds Seconds between two looks at the stored statuses of the requests that open queue screens
 *                            show (a change on this server node reaches them at once; this brings in other nodes').
 */
@ConfigurationProperties("kiosk.help")
@Validated
public record HelpProperties(@Min(1) @DefaultValue("15") int queueRefreshSeconds) {
}
