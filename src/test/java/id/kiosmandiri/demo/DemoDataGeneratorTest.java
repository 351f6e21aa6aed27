package id.kiosmandiri.demo;

import id.kiosmandiri.contribution.ContributionRules;
import id.kiosmandiri.member.Identifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link DemoDataGenerator} without a database: rows are captured in memory. */
class DemoDataGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final ContributionRules RULES = new ContributionRules(Map.of(
            LocalDate.of(2015, 7, 1), 7_000_000L,
            LocalDate.of(2024, 3, 1), 10_042_300L,
            LocalDate.of(2025, 3, 1), 10_547_400L),
            Set.of(LocalDate.of(2025, 12, 25)), List.of());
    private static final List<String> NAMED_HASHES = List.of("{noop}h1", "{noop}h2", "{noop}h3", "{noop}h4", "{noop}h5", "{noop}h6");
    /** The real figures: read from the migration that inserts them. */
    private static final ProvincialMinimumWages MINIMUM_WAGES = MinimumWagesFromMigration.read();

    private static DemoDataGenerator.Settings settings(long seed) {
        return settings(300, seed, List.of("BDGSUCI", "JKTSALEMBA"));
    }

    private static DemoDataGenerator.Settings settings(int members, long seed, List<String> branches) {
        return new DemoDataGenerator.Settings(members, seed, TODAY, branches, "{noop}generated", NAMED_HASHES, MINIMUM_WAGES);
    }

    private static CapturingSink generate(DemoDataGenerator.Settings settings) {
        CapturingSink sink = new CapturingSink();
        new DemoDataGenerator(settings, RULES, sink).generate();
        return sink;
    }

    @Test
    void theSameSettingsGiveTheSameRows() {
        CapturingSink first = generate(settings(20261123L));
        CapturingSink second = generate(settings(20261123L));

        assertThat(second.employers).isEqualTo(first.employers);
        assertThat(second.members).isEqualTo(first.members);
        assertThat(second.cards).isEqualTo(first.cards);
        assertThat(second.employments).isEqualTo(first.employments);
        assertThat(second.contributions).isEqualTo(first.contributions);
        assertThat(first.contributions).hasSizeGreaterThan(10_000);
    }

    @Test
    void anotherSeedGivesOtherGeneratedMembers() {
        CapturingSink a = generate(settings(20261123L));
        CapturingSink b = generate(settings(42L));

        // the named logins are fixed; the generated members are not
        assertThat(b.members.subList(0, 6)).extracting(r -> r.get(1)).isEqualTo(a.members.subList(0, 6).stream().map(r -> r.get(1)).toList());
        assertThat(b.members.subList(6, 300)).isNotEqualTo(a.members.subList(6, 300));
        assertThat(b.contributions).isNotEqualTo(a.contributions);
    }

    @Test
    void rowCountsAndNamedLogins() {
        CapturingSink sink = generate(settings(20261123L));

        assertThat(sink.members).hasSize(300);
        assertThat(sink.members).extracting(r -> (Long) r.get(0))
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 300).boxed().toList());
        assertThat(sink.employers).hasSize(DemoDataGenerator.EMPLOYERS);
        assertThat(sink.flushes).as("one final flush").isEqualTo(1);

        DemoLogin[] named = DemoLogin.values();
        for (int i = 0; i < named.length; i++) {
            List<Object> row = sink.members.get(i);
            assertThat(row.get(1)).isEqualTo(named[i].nik());
            assertThat(row.get(2)).isEqualTo(named[i].fullName());
            assertThat(row.get(11)).as("PIN hash of %s", named[i]).isEqualTo(NAMED_HASHES.get(i));
        }
        assertThat(sink.members.subList(6, 300)).extracting(r -> r.get(11)).containsOnly("{noop}generated");
    }

    @Test
    void everyNikIsValidUniqueAndMatchesBirthDateAndGender() {
        CapturingSink sink = generate(settings(20261123L));

        Set<Object> niks = new HashSet<>();
        for (List<Object> row : sink.members) {
            String nik = (String) row.get(1);
            assertThat(Identifiers.nikProblem(nik, TODAY)).as("problem of NIK %s", nik).isEmpty();
            Identifiers.NikFacts facts = Identifiers.nikFacts(nik, TODAY).orElseThrow();
            assertThat(Date.valueOf(facts.birthDate())).as("birth date in NIK %s", nik).isEqualTo(row.get(3));
            assertThat(facts.gender().name()).as("gender in NIK %s", nik).isEqualTo(row.get(4));
            niks.add(nik);
        }
        assertThat(niks).hasSize(300);
    }

    @Test
    void everyKpjHasElevenDigitsAndIsUnique() {
        CapturingSink sink = generate(settings(20261123L));

        Set<Object> kpjs = new HashSet<>();
        Set<Object> uids = new HashSet<>();
        for (List<Object> card : sink.cards) {
            assertThat(Identifiers.kpjProblem((String) card.get(2))).as("KPJ %s", card.get(2)).isEmpty();
            kpjs.add(card.get(2));
            uids.add(card.get(3));
        }
        assertThat(kpjs).hasSameSizeAs(sink.cards);
        assertThat(uids).hasSameSizeAs(sink.cards);
    }

    @Test
    void everyEmployerNppIsEightDigitsAndUniqueWithItsDivision() {
        CapturingSink sink = generate(settings(20261123L));

        Set<String> keys = new HashSet<>();
        for (List<Object> e : sink.employers) {
            String npp = e.get(1) + "/" + e.get(2);
            assertThat(Identifiers.nppProblem(npp)).as("NPP %s", npp).isEmpty();
            keys.add(npp);
        }
        assertThat(keys).hasSize(DemoDataGenerator.EMPLOYERS);
    }

    /**
     * The wage earners' months of 2025 for the default 2,000 members look like Indonesia's formal
     * sector: an average of a few million rupiah, most wages between 1 and 2 times the UMP of the
     * employer's province, a few at or above the JP wage cap, Budi among them. With today's two
     * demo branches, with the Makassar and Jayapura branches being added, and with a branch whose
     * province has no minimum wage on file.
     */
    @ParameterizedTest
    @ValueSource(strings = {"BDGSUCI,JKTSALEMBA", "BDGSUCI,JKTSALEMBA,JYPJAYAPURA,MKSTAMALANREA", "BDGSUCI,JKTSALEMBA,NOWHERE"})
    void wagesOf2025AreRealistic(String branches) {
        WageStatistics stats = new WageStatistics(2025, MINIMUM_WAGES, RULES);
        new DemoDataGenerator(settings(2000, 20261123L, List.of(branches.split(","))), RULES, stats).generate();
        System.out.println("Demo wages, branches " + branches + ": " + stats.report());

        assertThat(stats.months).isGreaterThan(10_000);
        assertThat(stats.average()).as(stats.report()).isBetween(2_500_000L, 5_000_000L);
        assertThat(stats.share(stats.oneToTwoTimesMinimum)).as(stats.report()).isGreaterThanOrEqualTo(0.70);
        assertThat(stats.share(stats.atOrAboveCap)).as(stats.report()).isBetween(0.01, 0.08);
        long budi = 1; // the named members come first, in DemoLogin order
        assertThat(stats.monthsAtOrAboveCapByMember.get(budi)).as("Budi's months above the cap in 2025")
                .isEqualTo(stats.monthsByMember.get(budi)).isEqualTo(12);
    }

    @Test
    void informalWorkersDeclareIncomesWithinTheBpuRules() {
        CapturingSink sink = generate(settings(20261123L));

        assertThat(sink.contributions).filteredOn(r -> "BPU".equals(r.get(4))).isNotEmpty()
                .allSatisfy(r -> assertThat((Long) r.get(5))
                        .isBetween(ContributionRules.BPU_MIN_INCOME, ContributionRules.BPU_MAX_INCOME));
    }
}
