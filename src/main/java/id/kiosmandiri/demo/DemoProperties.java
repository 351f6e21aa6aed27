package id.kiosmandiri.demo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Demo data loaded at start-up into a new embedded database (settings {@code kiosk.demo.*}).
 *
 * @param members Members to generate into a new embedded database; 0 loads no demo data.
 * @param seed Random seed of the generator: the same seed on the same day gives the same members.
 * @param forceOnExternal Whether to load demo data into an external database (KIOSK_DB_URL) too, when it has no
 *                        members yet. Never in production.
 */
@ConfigurationProperties("kiosk.demo")
@Validated
public record DemoProperties(
        @Min(0) @Max(1_000_000) @DefaultValue("2000") int members,
        @DefaultValue("20261123") long seed,
        @DefaultValue("false") boolean forceOnExternal) {
}
