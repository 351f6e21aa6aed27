package id.kiosmandiri.demo;

import id.kiosmandiri.contribution.ContributionRules;
import id.kiosmandiri.load.GeneratedMembers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The load driver finds its members by the generator's numbering, without asking the database. */
class GeneratedMembersNumberingTest {

    @Test
    void theDriversKpjIsTheFirstCardOfThatGeneratedMember() {
        List<String> namedHashes = java.util.Collections.nCopies(DemoLogin.values().length, "{noop}named");
        CapturingSink sink = new CapturingSink();
        new DemoDataGenerator(new DemoDataGenerator.Settings(40, 7L, LocalDate.of(2026, 11, 23), List.of("JKTSALEMBA"),
                "{noop}generated", namedHashes, MinimumWagesFromMigration.read()),
                new ContributionRules(Map.of(LocalDate.of(2015, 7, 1), 7_000_000L), Set.of(), List.of()), sink).generate();

        for (long member = GeneratedMembers.FIRST; member <= 40; member++) {
            long m = member;
            // card rows: id, member id, KPJ, ...; a member's first card comes first
            String firstCard = (String) sink.cards.stream().filter(r -> (Long) r.get(1) == m).findFirst().orElseThrow().get(2);
            assertThat(firstCard).as("member %d", m).isEqualTo(GeneratedMembers.kpj(m));
        }
        assertThat(GeneratedMembers.membersFor(34)).isEqualTo(40);
    }
}
