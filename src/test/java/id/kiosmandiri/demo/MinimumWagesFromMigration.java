package id.kiosmandiri.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rows of provincial_minimum_wage read from the migration that inserts them, for tests without a database. */
final class MinimumWagesFromMigration {

    static final Path MIGRATION = Path.of("src/main/resources/db/migration/V4__provincial_minimum_wage.sql");
    private static final Pattern ROW = Pattern.compile("\\('(\\d{2})', (\\d{4}),\\s*(\\d+),");

    private MinimumWagesFromMigration() {
    }

    static ProvincialMinimumWages read() {
        try {
            Map<String, Map<Integer, Long>> byProvince = new HashMap<>();
            Matcher m = ROW.matcher(Files.readString(MIGRATION));
            while (m.find()) {
                byProvince.computeIfAbsent(m.group(1), p -> new HashMap<>())
                        .put(Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
            }
            return new ProvincialMinimumWages(byProvince);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
