package id.kiosmandiri.session;

import static id.kiosmandiri.database.StoredTimes.utc;
import id.kiosmandiri.database.StoredTimes;
import id.kiosmandiri.database.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The kiosk server nodes alive, and the member sessions of those that died (issue 13). Each node writes
 * that it lives every {@link #BEAT} (one row per node, never per kiosk); a node not heard of for
 * {@link #DEAD_AFTER} died: its members' screens died with it and their kiosks started afresh on another
 * node, so one living node (the first to claim it) ends its open sessions in the records, reason
 * {@link SessionEndReason#ERROR}, at the dead node's last sign of life, and then forgets the node.
 * Each node's own idle sweep ends its own sessions, as before ({@link ActiveMemberSessions}).
 */
@Component
class ServerNodes implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ServerNodes.class);

    static final Duration BEAT = Duration.ofSeconds(30);
    /** Six missed beats: a node busy for a while, or a database failover, is no death. */
    static final Duration DEAD_AFTER = Duration.ofMinutes(3);
    /** Sessions ended per round: a dead node's hundreds of sessions are ended over a few rounds. */
    static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ThisServerNode node;
    private final KioskSessionService sessions;

    ServerNodes(JdbcTemplate jdbc, Clock clock, ThisServerNode node, KioskSessionService sessions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = node;
        this.sessions = sessions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        DatabaseOutage.waitingOut(this::beat, log, "Server node not registered").run();
        log.info("Server node {} registered", node.id());
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(DatabaseOutage.waitingOut(this::beat, log, "Server node's sign of life not written"), BEAT);
        tasks.addFixedDelayTask(DatabaseOutage.waitingOut(this::endSessionsOfDeadNodes, log, "Dead server nodes' sessions not ended"),
                Duration.ofMinutes(1));
    }

    /** This node lives (its row written again should another node have taken it for dead and removed it). */
    void beat() {
        LocalDateTime now = utc(clock.instant());
        if (jdbc.update("UPDATE server_node SET last_seen_at = ? WHERE id = ?", now, node.id()) == 0) {
            jdbc.update("INSERT INTO server_node (id, started_at, last_seen_at) VALUES (?, ?, ?) "
                    + "ON DUPLICATE KEY UPDATE last_seen_at = VALUES(last_seen_at)", node.id(), now, now);
        }
    }

    /** One round: the open sessions of dead nodes this node claims, ended; returns how many. */
    int endSessionsOfDeadNodes() {
        LocalDateTime deadBefore = utc(clock.instant().minus(DEAD_AFTER));
        List<String> dead = jdbc.queryForList("SELECT id FROM server_node WHERE last_seen_at < ? AND id <> ?", String.class,
                deadBefore, node.id());
        int ended = 0;
        for (String deadNode : dead) {
            // one living node ends them: the first to claim the dead node, or anyone once its claimer died too
            int claimed = jdbc.update("UPDATE server_node SET repaired_by = ? WHERE id = ? AND (repaired_by IS NULL OR repaired_by = ? "
                    + "OR repaired_by NOT IN (SELECT id FROM (SELECT id FROM server_node WHERE last_seen_at >= ?) AS alive))",
                    node.id(), deadNode, node.id(), deadBefore);
            if (claimed == 0) {
                continue;
            }
            Instant lastSeen = StoredTimes.instant(jdbc.queryForObject("SELECT last_seen_at FROM server_node WHERE id = ?",
                    LocalDateTime.class, deadNode));
            List<OpenSession> open = jdbc.query("SELECT id, started_at FROM kiosk_session WHERE server_node = ? AND ended_at IS NULL "
                            + "ORDER BY id LIMIT " + BATCH,
                    (rs, i) -> new OpenSession(rs.getLong(1), StoredTimes.instant(rs.getObject(2, LocalDateTime.class))), deadNode);
            for (OpenSession session : open) {
                // at the node's last sign of life, the nearest known moment to the member's last touch
                sessions.end(session.id(), SessionEndReason.ERROR, session.startedAt().isAfter(lastSeen) ? session.startedAt() : lastSeen);
            }
            ended += open.size();
            if (open.size() < BATCH) {
                jdbc.update("DELETE FROM server_node WHERE id = ? AND repaired_by = ?", deadNode, node.id());
            }
            log.warn("Server node {} silent since {}: {} open member session(s) ended as ended by an error", deadNode, lastSeen,
                    open.size());
        }
        return ended;
    }

    private record OpenSession(long id, Instant startedAt) {
    }

}
