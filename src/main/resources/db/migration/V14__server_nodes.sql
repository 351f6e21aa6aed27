-- Issue 13 (scale-out): a kiosk server node that dies takes its members' sessions with it (the kiosks
-- start afresh on another node), but their rows would stay open in the usage records for ever. Each
-- node says here that it lives (every 30 s, one row per node, never per kiosk) and writes its id on the
-- sessions it opens; a living node ends the open sessions of a node silent for minutes, as ended by an
-- error at that node's last sign of life (session.ServerNodes).
CREATE TABLE server_node (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    started_at    DATETIME(6)  NOT NULL,
    last_seen_at  DATETIME(6)  NOT NULL,
    -- the living node that ends a dead node's sessions: only one does
    repaired_by   VARCHAR(64)  NULL
);

ALTER TABLE kiosk_session ADD COLUMN server_node VARCHAR(64) NULL;
CREATE INDEX ix_kiosk_session_node_open ON kiosk_session (server_node, ended_at);
