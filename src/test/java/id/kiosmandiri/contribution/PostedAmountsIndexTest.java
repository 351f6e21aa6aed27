package id.kiosmandiri.contribution;

import id.kiosmandiri.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The balance's statement ({@link ContributionRepository#findPostedAmounts}) reads only the index V13
 * made for it, and still returns every posted month of the member, oldest posting first: for every
 * member of the test data, compared with the raw rows read without that index.
 */
@IntegrationTest
class PostedAmountsIndexTest {

    @Autowired
    ContributionRepository contributions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMembersPostedMonthsAreTheRawRows() {
        List<Long> members = jdbc.queryForList("SELECT id FROM member ORDER BY id", Long.class);
        assertThat(members).hasSizeGreaterThan(100);
        long rows = 0;
        for (long member : members) {
            List<PostedAmounts> read = contributions.findPostedAmounts(member);
            // IGNORE INDEX: the table's own rows, not the index under test
            List<PostedAmounts> raw = jdbc.query("SELECT card_id, period, posting_date, jht_employer, jht_worker, "
                            + "jp_employer, jp_worker FROM contribution IGNORE INDEX (ix_contribution_member_posted) "
                            + "WHERE member_id = ? AND posting_date IS NOT NULL",
                    (rs, i) -> new PostedAmounts(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                            rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)), member);
            assertThat(read).as("member %d", member).containsExactlyInAnyOrderElementsOf(raw);
            assertThat(read).as("oldest posting first, member %d", member)
                    .isSortedAccordingTo(Comparator.comparing(PostedAmounts::postingDate).thenComparing(PostedAmounts::period));
            rows += read.size();
        }
        assertThat(rows).as("posted months in the test data").isPositive();
    }

    @Test
    void theStatementReadsTheIndexAlone() {
        long member = jdbc.queryForObject("SELECT member_id FROM contribution WHERE posting_date IS NOT NULL "
                + "GROUP BY member_id ORDER BY COUNT(*) DESC LIMIT 1", Long.class);
        List<Map<String, Object>> plan = jdbc.queryForList("EXPLAIN SELECT card_id, period, posting_date, jht_employer, "
                + "jht_worker, jp_employer, jp_worker FROM contribution WHERE member_id = ? AND posting_date IS NOT NULL "
                + "ORDER BY posting_date, period", member);
        assertThat(plan).hasSize(1);
        assertThat(plan.getFirst().get("key")).isEqualTo("ix_contribution_member_posted");
        assertThat(String.valueOf(plan.getFirst().get("Extra"))).contains("Using index").doesNotContain("filesort");
    }
}
