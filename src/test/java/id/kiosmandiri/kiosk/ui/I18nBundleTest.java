package id.kiosmandiri.kiosk.ui;

import id.kiosmandiri.contribution.ContributionLine;
import id.kiosmandiri.contribution.PaidBy;
import id.kiosmandiri.kiosk.KioskConfig;
import id.kiosmandiri.session.LoginMethod;
import id.kiosmandiri.member.MemberStatus;
import id.kiosmandiri.member.Segment;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two resource bundles hold the same keys, and every key the code asks for. */
class I18nBundleTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** A key passed literally: getTranslation("a.b") or getTranslation("a.b", ...). */
    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");
    /** A key built from a literal prefix: getTranslation("a." + ...). */
    private static final Pattern PREFIX_KEY = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*\\+");
    /** A conditional choice of literal keys: getTranslation(cond ? "a" : "b"). */
    private static final Pattern CHOSEN_KEYS = Pattern.compile("getTranslation\\([^;]*?\\?\\s*\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\"");
    /** Message keys returned as values, e.g. Identifiers' "id.error.*" problems. */
    private static final Pattern RETURNED_KEY = Pattern.compile("\"(id\\.error\\.[a-z.-]+)\"");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " missing");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Properties indonesian() throws IOException {
        return load("i18n/messages.properties");
    }

    private static Properties english() throws IOException {
        return load("i18n/messages_en.properties");
    }

    private static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> id = new TreeSet<>(indonesian().stringPropertyNames());
        Set<String> en = new TreeSet<>(english().stringPropertyNames());
        Set<String> onlyId = new TreeSet<>(id);
        onlyId.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(id);
        assertTrue(onlyId.isEmpty(), "missing in messages_en.properties: " + onlyId);
        assertTrue(onlyEn.isEmpty(), "missing in messages.properties: " + onlyEn);
        assertTrue(id.size() > 100, "bundles look truncated: " + id.size() + " keys");
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (Properties bundle : List.of(indonesian(), english())) {
            for (String key : bundle.stringPropertyNames()) {
                assertFalse(bundle.getProperty(key).isBlank(), key + " is empty");
            }
        }
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() throws IOException {
        Properties id = indonesian();
        Properties en = english();
        Pattern placeholder = Pattern.compile("\\{\\d+}");
        for (String key : id.stringPropertyNames()) {
            assertEquals(placeholders(placeholder, id.getProperty(key)), placeholders(placeholder, en.getProperty(key, "")),
                    "placeholders of " + key);
        }
    }

    @Test
    void textsWithPlaceholdersHaveNoApostrophesMessageFormatWouldSwallow() throws IOException {
        for (Properties bundle : List.of(indonesian(), english())) {
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (text.matches("(?s).*\\{\\d+}.*")) {
                    assertFalse(text.contains("'"), key + ": MessageFormat drops a single ' (write '' instead): " + text);
                }
            }
        }
    }

    private static Set<String> placeholders(Pattern p, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void everyKeyTheCodeUsesExistsInBothLanguages() throws IOException {
        String code = sources();
        Set<String> keys = new TreeSet<>();
        for (Pattern p : List.of(LITERAL_KEY, RETURNED_KEY)) {
            Matcher m = p.matcher(code);
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        Matcher chosen = CHOSEN_KEYS.matcher(code);
        while (chosen.find()) {
            keys.add(chosen.group(1));
            keys.add(chosen.group(2));
        }
        assertTrue(keys.contains("login.error.wrong") && keys.contains("nav.logout") && keys.contains("id.error.nik.province")
                        && keys.contains("balance.return.assumed"),
                "the scan finds the keys it should: " + keys);
        assertAllPresent(keys);
    }

    /** Keys built from an enum value: every value of the enum must have its text. */
    @Test
    void everyKeyBuiltFromAnEnumExistsInBothLanguages() throws IOException {
        TreeMap<String, List<String>> byPrefix = new TreeMap<>();
        byPrefix.put("login.pin.for.", names(LoginMethod.values()));
        byPrefix.put("status.", names(MemberStatus.values()));
        byPrefix.put("segment.", names(Segment.values()));
        byPrefix.put("contributions.status.", names(ContributionLine.Status.values()));
        byPrefix.put("contributions.paid-by.", names(PaidBy.values()));
        byPrefix.put("verify.kind.", names(id.kiosmandiri.receipt.ReceiptKind.values()));
        byPrefix.put("staff.role.", names(id.kiosmandiri.staff.StaffRole.values()));
        byPrefix.put("staff.audit.action.", names(id.kiosmandiri.staff.StaffAction.values()));
        byPrefix.put("staff.analytics.method.", names(LoginMethod.values()));
        byPrefix.put("staff.analytics.end.", names(id.kiosmandiri.session.SessionEndReason.values()));
        // the usage metrics the kiosk records today; one it starts recording later shows as itself until it has words
        List<String> metrics = new ArrayList<>(List.of("invalid-input.card", "invalid-input.login", "feature.print-menu",
                "feature.pin", "pin-changed"));
        for (KioskConfig.Feature f : KioskConfig.Feature.values()) {
            metrics.add("feature." + f.configName());
        }
        for (id.kiosmandiri.receipt.ReceiptKind kind : id.kiosmandiri.receipt.ReceiptKind.values()) {
            metrics.add("receipt-printed." + kind.name().toLowerCase(Locale.ROOT));
            metrics.add("receipt-failed." + kind.name().toLowerCase(Locale.ROOT));
        }
        for (id.kiosmandiri.help.HelpTopic topic : id.kiosmandiri.help.HelpTopic.values()) {
            metrics.add("help-request." + topic.id());
        }
        for (id.kiosmandiri.member.ContactField f : id.kiosmandiri.member.ContactField.values()) {
            metrics.add("profile-change." + f.name().toLowerCase(Locale.ROOT));
        }
        byPrefix.put("staff.analytics.metric.", metrics);
        List<String> topics = Stream.of(id.kiosmandiri.help.HelpTopic.values()).map(id.kiosmandiri.help.HelpTopic::id).toList();
        byPrefix.put("help.topic.", topics);
        byPrefix.put("help.answer.", topics);
        byPrefix.put("help.queue.status.", names(id.kiosmandiri.help.AssistanceStatus.values()));
        // profile updates: the update screen's steps per field, request statuses, the approvals page
        List<String> fields = names(id.kiosmandiri.member.ContactField.values());
        byPrefix.put("update.field.", fields);
        byPrefix.put("staff.approvals.field.", fields);
        byPrefix.put("update.", fields.stream().flatMap(f -> Stream.of(f + ".title", f + ".hint", f + ".placeholder")).toList());
        List<String> statuses = new ArrayList<>(List.of("rejected.reason"));
        for (String status : names(id.kiosmandiri.profile.ChangeStatus.values())) {
            statuses.add(status);
            statuses.add(status + ".when");
        }
        byPrefix.put("update.status.", statuses);
        byPrefix.put("staff.approvals.", List.of("kiosk", "time", "member", "field", "old", "new", "action"));
        byPrefix.put("staff.approvals.error.", Stream.of(id.kiosmandiri.profile.DecisionRefused.Reason.values())
                .map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        byPrefix.put("staff.fleet.state.", names(id.kiosmandiri.staff.FleetKiosk.State.values()));
        byPrefix.put("staff.fleet.printer.", names(id.kiosmandiri.staff.FleetKiosk.Printer.values()));
        byPrefix.put("staff.printer.", Stream.of(id.kiosmandiri.kiosk.PrinterType.values()).map(id.kiosmandiri.kiosk.PrinterType::configName).toList());
        List<String> tiles = new ArrayList<>();
        for (KioskConfig.Feature f : KioskConfig.Feature.values()) {
            tiles.add(f.configName());
            tiles.add(f.configName() + ".hint");
        }
        tiles.addAll(List.of("pin", "pin.hint")); // offered whatever the kiosk's features
        byPrefix.put("home.tile.", tiles);
        // the accessibility menu's switches, one per mode
        byPrefix.put("access.", Stream.of(AccessMode.values()).map(AccessMode::token).toList());

        // every prefix the code builds keys from is one of these, so a new one cannot go unchecked
        Matcher m = PREFIX_KEY.matcher(sources());
        while (m.find()) {
            assertTrue(byPrefix.containsKey(m.group(1)), "key prefix \"" + m.group(1) + "\" is not checked by this test");
        }
        Set<String> keys = new TreeSet<>();
        byPrefix.forEach((prefix, suffixes) -> suffixes.forEach(s -> keys.add(prefix + s)));
        assertAllPresent(keys);
    }

    private static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static void assertAllPresent(Set<String> keys) throws IOException {
        Properties id = indonesian();
        Properties en = english();
        Set<String> missing = new TreeSet<>();
        for (String key : keys) {
            if (!id.containsKey(key)) {
                missing.add(key + " (id)");
            }
            if (!en.containsKey(key)) {
                missing.add(key + " (en)");
            }
        }
        assertTrue(missing.isEmpty(), "texts missing: " + missing);
    }
}
