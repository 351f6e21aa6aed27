package id.kiosmandiri.kiosk;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads {@code branches.yml} and {@code kiosks/*.yml} into typed configuration. Every problem
 * stops start-up with a {@link KioskConfigException} naming the file and the field.
 */
final class KioskConfigLoader {

    static final int DEFAULT_IDLE_TIMEOUT = 60;
    static final int DEFAULT_IDLE_WARNING = 15;
    private static final Set<String> KIOSK_FIELDS = Set.of("id", "branch", "name", "location", "idle",
            "printer", "default-language", "features", "logout-after-print");
    private static final Set<String> IDLE_FIELDS = Set.of("timeout-seconds", "warning-seconds");
    private static final Set<String> PRINTER_FIELDS = Set.of("type", "host", "port", "paper-width");
    private static final Set<String> BRANCH_FIELDS = Set.of("code", "name", "city", "zone", "address", "hours");
    /** Address and opening hours are shown to members on the help screen: one short paragraph each. */
    static final int BRANCH_TEXT_LENGTH = 200;
    /** Indonesia's three time zones: WIB, WITA, WIT. Any other zone at a branch is a typo. */
    private static final Set<String> BRANCH_ZONES = Set.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");
    private static final String ZONE_CHOICES = "Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)";

    public record Loaded(Map<String, Branch> branches, Map<String, KioskConfig> kiosks) {
    }

    private KioskConfigLoader() {
    }

    public static Loaded load(Path configDir) {
        Path branchesFile = configDir.resolve("branches.yml");
        Map<String, Branch> branches = loadBranches(branchesFile);
        Path kioskDir = configDir.resolve("kiosks");
        if (!Files.isDirectory(kioskDir)) {
            throw new KioskConfigException(kioskDir.toString(), null, "folder not found: add one <KIOSK-ID>.yml per kiosk");
        }
        Map<String, KioskConfig> kiosks = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(kioskDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                KioskConfig kiosk = loadKiosk(file, branches);
                kiosks.put(kiosk.id(), kiosk);
            }
        } catch (IOException e) {
            throw new KioskConfigException(kioskDir.toString(), null, "cannot be read: " + e.getMessage());
        }
        if (kiosks.isEmpty()) {
            throw new KioskConfigException(kioskDir.toString(), null, "no kiosk file (<KIOSK-ID>.yml) found");
        }
        return new Loaded(branches, kiosks);
    }

    static Map<String, Branch> loadBranches(Path file) {
        Map<String, Object> root = readYaml(file);
        Object list = root.get("branches");
        if (!(list instanceof List<?> items) || items.isEmpty()) {
            throw new KioskConfigException(file.toString(), "branches", "must be a list of branches with code, name, city and zone");
        }
        Map<String, Branch> branches = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String prefix = "branches[" + i + "]";
            Map<String, Object> b = asMap(file, prefix, items.get(i));
            checkKnownFields(file, prefix, b, BRANCH_FIELDS);
            String code = requiredText(file, prefix + ".code", b.get("code"), "[A-Z0-9]{2,16}",
                    "2 to 16 capital letters or digits");
            if (branches.containsKey(code)) {
                throw new KioskConfigException(file.toString(), prefix + ".code", "branch " + code + " is listed twice");
            }
            branches.put(code, new Branch(code,
                    requiredText(file, prefix + ".name", b.get("name"), ".{2,120}", "2 to 120 characters"),
                    requiredText(file, prefix + ".city", b.get("city"), ".{2,80}", "2 to 80 characters"),
                    zone(file, prefix + ".zone", b.get("zone")),
                    optionalText(file, prefix + ".address", b.get("address")),
                    optionalText(file, prefix + ".hours", b.get("hours"))));
        }
        return branches;
    }

    /** Required, with no default: a kiosk in the wrong zone shows the wrong day for hours every day. */
    private static ZoneId zone(Path file, String field, Object value) {
        if (value == null || String.valueOf(value).isBlank()) {
            throw new KioskConfigException(file.toString(), field, "is missing: every branch needs its time zone, "
                    + ZONE_CHOICES + ", so its kiosks know which day it is");
        }
        String zone = String.valueOf(value).trim();
        if (!BRANCH_ZONES.contains(zone)) {
            throw new KioskConfigException(file.toString(), field, "must be " + ZONE_CHOICES + ", was '" + zone + "'");
        }
        return ZoneId.of(zone);
    }

    static KioskConfig loadKiosk(Path file, Map<String, Branch> branches) {
        Map<String, Object> k = readYaml(file);
        checkKnownFields(file, null, k, KIOSK_FIELDS);
        String id = requiredText(file, "id", k.get("id"), "[A-Z0-9][A-Z0-9-]{1,31}",
                "2 to 32 capital letters, digits or '-'");
        String expectedName = id + ".yml";
        if (!file.getFileName().toString().equals(expectedName)) {
            throw new KioskConfigException(file.toString(), "id", "is " + id + " but the file must then be named " + expectedName);
        }
        String branch = requiredText(file, "branch", k.get("branch"), ".+", "a branch code");
        if (!branches.containsKey(branch)) {
            throw new KioskConfigException(file.toString(), "branch", "'" + branch + "' is not in branches.yml");
        }
        String name = requiredText(file, "name", k.get("name"), ".{2,120}", "2 to 120 characters");
        String location = k.get("location") == null ? "" : requiredText(file, "location", k.get("location"), ".{0,120}", "at most 120 characters");

        Map<String, Object> idle = k.get("idle") == null ? Map.of() : asMap(file, "idle", k.get("idle"));
        checkKnownFields(file, "idle", idle, IDLE_FIELDS);
        int timeout = wholeNumber(file, "idle.timeout-seconds", idle.get("timeout-seconds"), DEFAULT_IDLE_TIMEOUT, 5, 3600);
        int warning = wholeNumber(file, "idle.warning-seconds", idle.get("warning-seconds"), DEFAULT_IDLE_WARNING, 1, 600);
        if (warning >= timeout) {
            throw new KioskConfigException(file.toString(), "idle.warning-seconds",
                    "must be shorter than idle.timeout-seconds (" + timeout + "), was " + warning);
        }

        KioskConfig.Printer printer = loadPrinter(file, k.get("printer"));

        String language = k.get("default-language") == null ? "id" : String.valueOf(k.get("default-language"));
        if (!language.equals("id") && !language.equals("en")) {
            throw new KioskConfigException(file.toString(), "default-language", "must be 'id' or 'en', was '" + language + "'");
        }

        Set<KioskConfig.Feature> features = EnumSet.noneOf(KioskConfig.Feature.class);
        if (k.get("features") == null) {
            features = EnumSet.allOf(KioskConfig.Feature.class);
        } else if (k.get("features") instanceof List<?> list) {
            for (Object item : list) {
                KioskConfig.Feature feature = EnumSet.allOf(KioskConfig.Feature.class).stream()
                        .filter(f -> f.configName().equals(String.valueOf(item))).findFirst()
                        .orElseThrow(() -> new KioskConfigException(file.toString(), "features",
                                "unknown feature '" + item + "'; known: balance, contributions, bills, print, update, help, card"));
                features.add(feature);
            }
        } else {
            throw new KioskConfigException(file.toString(), "features", "must be a list, e.g. [balance, contributions]");
        }
        boolean logoutAfterPrint = bool(file, "logout-after-print", k.get("logout-after-print"));
        return new KioskConfig(id, branch, name, location, timeout, warning, logoutAfterPrint, printer,
                Locale.forLanguageTag(language), Set.copyOf(features));
    }

    private static KioskConfig.Printer loadPrinter(Path file, Object value) {
        if (value == null) {
            return new KioskConfig.Printer(PrinterType.NONE, null, 0, 80);
        }
        Map<String, Object> p = asMap(file, "printer", value);
        checkKnownFields(file, "printer", p, PRINTER_FIELDS);
        String typeName = String.valueOf(p.getOrDefault("type", "none"));
        PrinterType type = PrinterType.fromConfig(typeName).orElseThrow(() -> new KioskConfigException(file.toString(),
                "printer.type", "must be one of none, escpos-tcp, browser, pdf; was '" + typeName + "'"));
        int width = wholeNumber(file, "printer.paper-width", p.get("paper-width"), 80, 58, 80);
        if (width != 58 && width != 80) {
            throw new KioskConfigException(file.toString(), "printer.paper-width", "must be 58 or 80 (mm), was " + width);
        }
        String host = null;
        int port = 0;
        if (type == PrinterType.ESCPOS_TCP) {
            host = requiredText(file, "printer.host", p.get("host"), "[A-Za-z0-9.\\-:]+", "a host name or IP address");
            port = wholeNumber(file, "printer.port", p.get("port"), 9100, 1, 65535);
        }
        return new KioskConfig.Printer(type, host, port, width);
    }

    private static Map<String, Object> readYaml(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new KioskConfigException(file.toString(), null, "file not found");
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return asMap(file, null, root);
        } catch (YAMLException e) {
            throw new KioskConfigException(file.toString(), null, "is not valid YAML: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new KioskConfigException(file.toString(), null, "cannot be read: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Path file, String field, Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((key, v) -> result.put(String.valueOf(key), v));
            return result;
        }
        throw new KioskConfigException(file.toString(), field, value == null ? "is empty" : "must be a set of 'name: value' lines");
    }

    private static void checkKnownFields(Path file, String prefix, Map<String, Object> map, Set<String> known) {
        List<String> unknown = new ArrayList<>();
        for (String key : map.keySet()) {
            if (!known.contains(key)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            String name = prefix == null ? unknown.getFirst() : prefix + "." + unknown.getFirst();
            throw new KioskConfigException(file.toString(), name, "unknown field; known here: " + String.join(", ", known.stream().sorted().toList()));
        }
    }

    private static String requiredText(Path file, String field, Object value, String pattern, String expected) {
        if (value == null || String.valueOf(value).isBlank()) {
            throw new KioskConfigException(file.toString(), field, "is missing: expected " + expected);
        }
        String text = String.valueOf(value).trim();
        if (!text.matches(pattern)) {
            throw new KioskConfigException(file.toString(), field, "must be " + expected + ", was '" + text + "'");
        }
        return text;
    }

    /** Free text shown to members, or {@code null} when absent: at most {@value #BRANCH_TEXT_LENGTH} characters, one line. */
    private static String optionalText(Path file, String field, Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).trim();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > BRANCH_TEXT_LENGTH) {
            throw new KioskConfigException(file.toString(), field,
                    "must be at most " + BRANCH_TEXT_LENGTH + " characters, was " + text.length());
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new KioskConfigException(file.toString(), field,
                    "must be one line of text without control characters (tabs, line breaks)");
        }
        return text;
    }

    private static int wholeNumber(Path file, String field, Object value, int defaultValue, int min, int max) {
        if (value == null) {
            return defaultValue;
        }
        if (!(value instanceof Integer number) || number < min || number > max) {
            throw new KioskConfigException(file.toString(), field,
                    "must be a whole number from " + min + " to " + max + ", was '" + value + "'");
        }
        return number;
    }

    private static boolean bool(Path file, String field, Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw new KioskConfigException(file.toString(), field, "must be true or false, was '" + value + "'");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}
