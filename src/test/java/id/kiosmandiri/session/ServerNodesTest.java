package id.kiosmandiri.session;

import id.kiosmandiri.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: a kiosk server node that died took its members' screens with it; a living node ends their
 * open sessions in the records, once, at the dead node's last sign of life, and leaves alone those of
 * nodes that live. The sessions are on a day long past (2001), so no figure of today's dashboard moves.
 */
@IntegrationTest
class ServerNodesTest {

    private static final Instant DAY = Instant.parse("2001-01-01T02:00:00Z");
    private static final Instant DEAD_NODE_LAST_SEEN = DAY.plus(Duration.ofMinutes(50));

    @Autowired
    ServerNodes nodes;
    @Autowired
    ThisServerNode thisNode;
    @Autowired
    KioskSessionService sessions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        made.forEach(id -> sessions.end(id, SessionEndReason.LOGOUT, DAY.plus(Duration.ofHours(1))));
        jdbc.update("DELETE FROM server_node WHERE id LIKE 'test-%'");
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private void node(String id, Instant lastSeen, String repairedBy) {
        jdbc.update("INSERT INTO server_node (id, started_at, last_seen_at, repaired_by) VALUES (?, ?, ?, ?)", id,
                utc(lastSeen.minus(Duration.ofHours(1))), utc(lastSeen), repairedBy);
    }

    /** A member session opened at {@code startedAt} on server node {@code node}. */
    private long session(String node, Instant startedAt) {
        long id = sessions.start("TEST-SCREEN", null, LoginMethod.KPJ, startedAt);
        jdbc.update("UPDATE kiosk_session SET server_node = ? WHERE id = ?", node, id);
        made.add(id);
        return id;
    }

    private static LocalDateTime local(Object timestamp) {
        return ((java.sql.Timestamp) timestamp).toLocalDateTime();
    }

    private Map<String, Object> row(long session) {
        return jdbc.queryForMap("SELECT ended_at, end_reason, duration_ms FROM kiosk_session WHERE id = ?", session);
    }

    private int endEvents(long session) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM usage_event WHERE session_id = ? AND event_type = ?", Integer.class,
                session, UsageMetrics.SESSION_END_EVENT);
    }

    @Test
    void theOpenSessionsOfANodeSilentForMinutesAreEndedOnceByALivingNode() {
        node("test-dead", DEAD_NODE_LAST_SEEN, null);
        node("test-alive", clock.instant().minusSeconds(10), null); // another node, beating
        long onDead = session("test-dead", DAY.plus(Duration.ofMinutes(30)));
        long onDeadEnded = session("test-dead", DAY.plus(Duration.ofMinutes(10)));
        sessions.end(onDeadEnded, SessionEndReason.LOGOUT, DAY.plus(Duration.ofMinutes(12)));
        long onAlive = session("test-alive", DAY.plus(Duration.ofMinutes(30)));
        long onThisNode = session(thisNode.id(), DAY.plus(Duration.ofMinutes(30)));

        assertThat(nodes.endSessionsOfDeadNodes()).as("the dead node's one open session").isEqualTo(1);

        Map<String, Object> ended = row(onDead);
        assertThat(local(ended.get("ended_at"))).as("at the dead node's last sign of life").isEqualTo(utc(DEAD_NODE_LAST_SEEN));
        assertThat(ended.get("end_reason")).isEqualTo("ERROR");
        assertThat(((Number) ended.get("duration_ms")).longValue()).isEqualTo(Duration.ofMinutes(20).toMillis());
        assertThat(endEvents(onDead)).as("its end counted for the dashboard, once").isOne();
        assertThat(row(onDeadEnded).get("end_reason")).as("an ended session stays as it ended").isEqualTo("LOGOUT");
        assertThat(row(onAlive).get("ended_at")).as("a living node's session").isNull();
        assertThat(row(onThisNode).get("ended_at")).as("this node's own session").isNull();
        assertThat(jdbc.queryForList("SELECT id FROM server_node WHERE id LIKE 'test-%'", String.class))
                .as("the dead node forgotten once its sessions are ended").containsExactly("test-alive");

        assertThat(nodes.endSessionsOfDeadNodes()).as("a second round ends nothing").isZero();
        assertThat(endEvents(onDead)).isOne();
    }

    @Test
    void aDeadNodeClaimedByAnotherLivingNodeIsLeftToItUntilThatOneDiesToo() {
        node("test-dead", DEAD_NODE_LAST_SEEN, "test-alive");
        node("test-alive", clock.instant().minusSeconds(10), null);
        long onDead = session("test-dead", DAY.plus(Duration.ofMinutes(30)));

        assertThat(nodes.endSessionsOfDeadNodes()).as("the other living node is at it").isZero();
        assertThat(row(onDead).get("ended_at")).isNull();

        jdbc.update("UPDATE server_node SET last_seen_at = ? WHERE id = 'test-alive'", utc(DEAD_NODE_LAST_SEEN));
        assertThat(nodes.endSessionsOfDeadNodes()).as("its claimer died too: this node ends them").isEqualTo(1);
        assertThat(row(onDead).get("end_reason")).isEqualTo("ERROR");
    }

    @Test
    void thisNodeSaysItLivesAndIsNeverTakenForDead() {
        nodes.beat();
        Map<String, Object> mine = jdbc.queryForMap("SELECT started_at, last_seen_at FROM server_node WHERE id = ?", thisNode.id());
        assertThat(local(mine.get("last_seen_at"))).isAfterOrEqualTo(local(mine.get("started_at")));
        // even when its row says it has been silent (a long database outage): it does not end its own sessions
        jdbc.update("UPDATE server_node SET last_seen_at = ? WHERE id = ?", utc(DEAD_NODE_LAST_SEEN), thisNode.id());
        long onThisNode = session(thisNode.id(), DAY.plus(Duration.ofMinutes(30)));
        assertThat(nodes.endSessionsOfDeadNodes()).isZero();
        assertThat(row(onThisNode).get("ended_at")).isNull();
        nodes.beat();
        assertThat((LocalDateTime) jdbc.queryForObject("SELECT last_seen_at FROM server_node WHERE id = ?", LocalDateTime.class,
                thisNode.id())).isAfter(utc(DEAD_NODE_LAST_SEEN));
    }
}
