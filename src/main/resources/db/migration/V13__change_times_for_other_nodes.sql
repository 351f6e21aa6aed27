-- Issue 13 (scale-out): a staff page on one server node shows within seconds a help request made,
-- taken, closed or cancelled on another node. Each node reads the requests changed lately every two
-- seconds (help.HelpChangesOnOtherNodes); this column says when a request last changed, computed by
-- the database from the times the application already writes, so no write path changes.
ALTER TABLE assistance_request
    ADD COLUMN changed_at DATETIME(6) AS (GREATEST(created_at,
                                                   COALESCE(taken_at, created_at),
                                                   COALESCE(closed_at, created_at),
                                                   COALESCE(cancelled_at, created_at))) PERSISTENT;
CREATE INDEX ix_assistance_changed ON assistance_request (changed_at);
