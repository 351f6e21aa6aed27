package id.kiosmandiri.kiosk;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class KioskConfigLoaderTest {

    private static final String BRANCHES = """
            branches:
              - code: JKTSALEMBA
                name: Kantor Cabang Jakarta Salemba
                city: Jakarta Pusat
                zone: Asia/Jakarta
              - code: BDGSUCI
                name: Kantor Cabang Bandung Suci
                city: Bandung
                zone: Asia/Jakarta
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void branches() throws IOException {
        Files.writeString(dir.resolve("branches.yml"), BRANCHES);
        Files.createDirectories(dir.resolve("kiosks"));
    }

    private Path kiosk(String fileName, String yaml) throws IOException {
        return Files.writeString(dir.resolve("kiosks").resolve(fileName), yaml);
    }

    /** Loads the folder, expecting it to fail, and checks the message names the file and (if any) the field. */
    private KioskConfigException failure(Path file, String field) {
        KioskConfigException e = catchThrowableOfType(KioskConfigException.class, () -> KioskConfigLoader.load(dir));
        assertThat(e).as("a KioskConfigException").isNotNull();
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).contains(file.getFileName().toString());
        if (field != null) {
            assertThat(e.getMessage()).contains("field '" + field + "'");
        }
        return e;
    }

    @Test
    void minimalFileGetsTheDefaults() throws IOException {
        kiosk("KIOSK-01.yml", """
                id: KIOSK-01
                branch: JKTSALEMBA
                name: Kios Mandiri Uji
                """);

        KioskConfigLoader.Loaded loaded = KioskConfigLoader.load(dir);

        assertThat(loaded.branches()).containsOnlyKeys("JKTSALEMBA", "BDGSUCI");
        assertThat(loaded.branches().get("BDGSUCI")).isEqualTo(new Branch("BDGSUCI", "Kantor Cabang Bandung Suci", "Bandung",
                ZoneId.of("Asia/Jakarta")));
        KioskConfig k = loaded.kiosks().get("KIOSK-01");
        assertThat(k.id()).isEqualTo("KIOSK-01");
        assertThat(k.branchCode()).isEqualTo("JKTSALEMBA");
        assertThat(k.name()).isEqualTo("Kios Mandiri Uji");
        assertThat(k.location()).isEmpty();
        assertThat(k.idleTimeoutSeconds()).isEqualTo(60);
        assertThat(k.idleWarningSeconds()).isEqualTo(15);
        assertThat(k.features()).isEqualTo(EnumSet.allOf(KioskConfig.Feature.class));
        assertThat(k.defaultLanguage()).isEqualTo(Locale.forLanguageTag("id"));
        assertThat(k.printer()).isEqualTo(new KioskConfig.Printer(PrinterType.NONE, null, 0, 80));
        assertThat(k.logoutAfterPrint()).isFalse();
    }

    @Test
    void fullFileIsReadAsWritten() throws IOException {
        kiosk("BDG-02.yml", """
                id: BDG-02
                branch: BDGSUCI
                name: Kios Bandung 2
                location: Lantai 2
                idle:
                  timeout-seconds: 90
                  warning-seconds: 20
                printer:
                  type: escpos-tcp
                  host: 192.168.1.50
                  port: 9101
                  paper-width: 58
                default-language: en
                features: [balance, print]
                logout-after-print: true
                """);

        KioskConfig k = KioskConfigLoader.load(dir).kiosks().get("BDG-02");

        assertThat(k.location()).isEqualTo("Lantai 2");
        assertThat(k.idleTimeoutSeconds()).isEqualTo(90);
        assertThat(k.idleWarningSeconds()).isEqualTo(20);
        assertThat(k.printer()).isEqualTo(new KioskConfig.Printer(PrinterType.ESCPOS_TCP, "192.168.1.50", 9101, 58));
        assertThat(k.defaultLanguage()).isEqualTo(Locale.ENGLISH);
        assertThat(k.features()).containsExactlyInAnyOrder(KioskConfig.Feature.BALANCE, KioskConfig.Feature.PRINT);
        assertThat(k.offers(KioskConfig.Feature.BILLS)).isFalse();
        assertThat(k.logoutAfterPrint()).isTrue();
    }

    @Test
    void theProjectsOwnTestConfigurationLoads() {
        KioskConfigLoader.Loaded loaded = KioskConfigLoader.load(Path.of("src/test/resources/kiosk-config"));
        assertThat(loaded.kiosks()).containsKeys("DEMO-01", "TEST-IDLE", "TEST-WITA", "TEST-WIT");
        assertThat(loaded.kiosks().get("TEST-IDLE").idleTimeoutSeconds()).isEqualTo(6);
        assertThat(zoneOf(loaded, "DEMO-01")).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(zoneOf(loaded, "TEST-WITA")).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(zoneOf(loaded, "TEST-WIT")).isEqualTo(ZoneId.of("Asia/Jayapura"));
    }

    @Test
    void theProjectsDemoConfigurationLoadsWithAKioskInEachTimeZone() {
        KioskConfigLoader.Loaded loaded = KioskConfigLoader.load(Path.of("kiosk-config"));
        assertThat(zoneOf(loaded, "DEMO-01")).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(zoneOf(loaded, "MKS-01")).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(zoneOf(loaded, "JYP-01")).isEqualTo(ZoneId.of("Asia/Jayapura"));
    }

    private static ZoneId zoneOf(KioskConfigLoader.Loaded loaded, String kioskId) {
        return loaded.branches().get(loaded.kiosks().get(kioskId).branchCode()).zone();
    }

    @Test
    void branchInAZoneOutsideIndonesia() throws IOException {
        kiosk("KIOSK-01.yml", """
                id: KIOSK-01
                branch: JKTSALEMBA
                name: Kios
                """);
        Files.writeString(dir.resolve("branches.yml"), BRANCHES.replace("Bandung\n    zone: Asia/Jakarta",
                "Bandung\n    zone: Europe/Paris"));
        assertThat(failure(dir.resolve("branches.yml"), "branches[1].zone").getMessage())
                .contains("was 'Europe/Paris'").contains("Asia/Jakarta (WIB)").contains("Asia/Makassar (WITA)")
                .contains("Asia/Jayapura (WIT)");
    }

    @Test
    void branchWithoutZone() throws IOException {
        kiosk("KIOSK-01.yml", """
                id: KIOSK-01
                branch: JKTSALEMBA
                name: Kios
                """);
        Files.writeString(dir.resolve("branches.yml"), """
                branches:
                  - code: JKTSALEMBA
                    name: Kantor Cabang Jakarta Salemba
                    city: Jakarta Pusat
                """);
        assertThat(failure(dir.resolve("branches.yml"), "branches[0].zone").getMessage())
                .contains("is missing").contains("Asia/Jakarta (WIB)");
    }

    @Test
    void branchWithAWrittenOutOffsetInsteadOfAZone() throws IOException {
        kiosk("KIOSK-01.yml", """
                id: KIOSK-01
                branch: JKTSALEMBA
                name: Kios
                """);
        Files.writeString(dir.resolve("branches.yml"), BRANCHES.replaceFirst("zone: Asia/Jakarta", "zone: +07:00"));
        assertThat(failure(dir.resolve("branches.yml"), "branches[0].zone").getMessage()).contains("was '+07:00'");
    }

    @Test
    void unknownField() throws IOException {
        Path file = kiosk("KIOSK-01.yml", """
                id: KIOSK-01
                branch: JKTSALEMBA
                name: Kios
                colour: blue
                """);
        assertThat(failure(file, "colour").getMessage()).contains("unknown field");
    }

    @Test
    void unknownNestedField() throws IOException {
        Path file = kiosk("KIOSK-01.yml", """
                id: KIOSK-01
                branch: JKTSALEMBA
                name: Kios
                idle:
                  timeout: 60
                """);
        failure(file, "idle.timeout");
    }

    @Test
    void missingBranch() throws IOException {
        Path file = kiosk("KIOSK-01.yml", """
                id: KIOSK-01
                name: Kios
                """);
        assertThat(failure(file, "branch").getMessage()).contains("is missing");
    }

    @Test
    void branchNotInBranchesYml() throws IOException {
        Path file = kiosk("KIOSK-01.yml", """
                id: KIOSK-01
                branch: SURABAYA
                name: Kios
                """);
        assertThat(failure(file, "branch").getMessage()).contains("'SURABAYA' is not in branches.yml");
    }

    @Test
    void badPrinterType() throws IOException {
        Path file = kiosk("KIOSK-01.yml", """
                id: KIOSK-01
                branch: JKTSALEMBA
                name: Kios
                printer:
                  type: laser
                """);
        assertThat(failure(file, "printer.type").getMessage()).contains("'laser'");
    }

    @Test
    void warningAsLongAsTheTimeout() throws IOException {
        Path file = kiosk("KIOSK-01.yml", """
                id: KIOSK-01
                branch: JKTSALEMBA
                name: Kios
                idle:
                  timeout-seconds: 30
                  warning-seconds: 30
                """);
        assertThat(failure(file, "idle.warning-seconds").getMessage()).contains("shorter than idle.timeout-seconds (30)");
    }

    @Test
    void warningLongerThanTheDefaultTimeout() throws IOException {
        Path file = kiosk("KIOSK-01.yml", """
                id: KIOSK-01
                branch: JKTSALEMBA
                name: Kios
                idle:
                  warning-seconds: 75
                """);
        assertThat(failure(file, "idle.warning-seconds").getMessage()).contains("(60)");
    }

    @Test
    void timeoutThatIsNotANumber() throws IOException {
        Path file = kiosk("KIOSK-01.yml", """
                id: KIOSK-01
                branch: JKTSALEMBA
                name: Kios
                idle:
                  timeout-seconds: sixty
                """);
        assertThat(failure(file, "idle.timeout-seconds").getMessage()).contains("whole number").contains("'sixty'");
    }

    @Test
    void timeoutWithAFraction() throws IOException {
        Path file = kiosk("KIOSK-01.yml", """
                id: KIOSK-01
                branch: JKTSALEMBA
                name: Kios
                idle:
                  timeout-seconds: 60.5
                """);
        failure(file, "idle.timeout-seconds");
    }

    @Test
    void fileNameDiffersFromTheId() throws IOException {
        Path file = kiosk("KIOSK-02.yml", """
                id: KIOSK-01
                branch: JKTSALEMBA
                name: Kios
                """);
        assertThat(failure(file, "id").getMessage()).contains("KIOSK-01.yml");
    }

    @Test
    void invalidYaml() throws IOException {
        Path file = kiosk("KIOSK-01.yml", """
                id: KIOSK-01
                branch: [JKTSALEMBA
                name: Kios
                """);
        assertThat(failure(file, null).getMessage()).contains("is not valid YAML");
    }

    @Test
    void emptyKioskFile() throws IOException {
        Path file = kiosk("KIOSK-01.yml", "");
        assertThat(failure(file, null).getMessage()).contains("is empty");
    }

    @Test
    void missingBranchesYml() throws IOException {
        kiosk("KIOSK-01.yml", """
                id: KIOSK-01
                branch: JKTSALEMBA
                name: Kios
                """);
        Files.delete(dir.resolve("branches.yml"));
        assertThat(failure(dir.resolve("branches.yml"), null).getMessage()).contains("file not found");
    }

    @Test
    void branchWithoutCity() throws IOException {
        Files.writeString(dir.resolve("branches.yml"), """
                branches:
                  - code: JKTSALEMBA
                    name: Kantor Cabang Jakarta Salemba
                """);
        failure(dir.resolve("branches.yml"), "branches[0].city");
    }

    @Test
    void noKioskFileAtAll() {
        KioskConfigException e = catchThrowableOfType(KioskConfigException.class, () -> KioskConfigLoader.load(dir));
        assertThat(e.file()).isEqualTo(dir.resolve("kiosks").toString());
        assertThat(e.getMessage()).contains("no kiosk file");
    }

    @Test
    void unknownFeature() throws IOException {
        Path file = kiosk("KIOSK-01.yml", """
                id: KIOSK-01
                branch: JKTSALEMBA
                name: Kios
                features: [balance, lottery]
                """);
        assertThat(failure(file, "features").getMessage()).contains("'lottery'");
    }

    @Test
    void branchAddressAndHoursAreReadAndOptional() throws IOException {
        kiosk("KIOSK-01.yml", """
                id: KIOSK-01
                branch: JKTSALEMBA
                name: Kios
                """);
        Files.writeString(dir.resolve("branches.yml"), BRANCHES.replace("Jakarta Pusat\n    zone: Asia/Jakarta\n",
                "Jakarta Pusat\n    zone: Asia/Jakarta\n    address: '  Jl. Salemba Raya No. 55, Jakarta Pusat  '\n"
                        + "    hours: Senin–Jumat 08.00–15.00\n"));
        KioskConfigLoader.Loaded loaded = KioskConfigLoader.load(dir);
        assertThat(loaded.branches().get("JKTSALEMBA").address()).isEqualTo("Jl. Salemba Raya No. 55, Jakarta Pusat");
        assertThat(loaded.branches().get("JKTSALEMBA").hours()).isEqualTo("Senin–Jumat 08.00–15.00");
        assertThat(loaded.branches().get("BDGSUCI").address()).as("optional").isNull();
        assertThat(loaded.branches().get("BDGSUCI").hours()).isNull();
    }

    @Test
    void branchAddressLongerThan200CharactersIsRefused() throws IOException {
        kiosk("KIOSK-01.yml", """
                id: KIOSK-01
                branch: JKTSALEMBA
                name: Kios
                """);
        Files.writeString(dir.resolve("branches.yml"), BRANCHES.replace("Bandung\n    zone: Asia/Jakarta\n",
                "Bandung\n    zone: Asia/Jakarta\n    address: " + "Jl. Panjang ".repeat(20) + "\n"));
        assertThat(failure(dir.resolve("branches.yml"), "branches[1].address").getMessage())
                .contains("at most 200 characters");
    }

    @Test
    void branchHoursWithAControlCharacterAreRefused() throws IOException {
        kiosk("KIOSK-01.yml", """
                id: KIOSK-01
                branch: JKTSALEMBA
                name: Kios
                """);
        Files.writeString(dir.resolve("branches.yml"), BRANCHES.replace("Bandung\n    zone: Asia/Jakarta\n",
                "Bandung\n    zone: Asia/Jakarta\n    hours: \"Senin\\tJumat\\n08.00\"\n"));
        assertThat(failure(dir.resolve("branches.yml"), "branches[1].hours").getMessage())
                .contains("without control characters");
    }

    @Test
    void theShippedAndTestBranchesHaveAddressAndHours() {
        for (Path config : new Path[]{Path.of("kiosk-config"), Path.of("src/test/resources/kiosk-config")}) {
            KioskConfigLoader.load(config).branches().values().forEach(branch -> {
                assertThat(branch.address()).as(config + " " + branch.code()).isNotBlank();
                assertThat(branch.hours()).as(config + " " + branch.code()).isNotBlank();
            });
        }
    }
}
