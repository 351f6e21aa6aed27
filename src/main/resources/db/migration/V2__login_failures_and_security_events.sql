-- Failed logins, kept for the throttle's sliding window in the database, so every server node
-- counts the same failures and a restart forgets none. Old rows are purged by the server.
CREATE TABLE login_failure (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kiosk_id        VARCHAR(32)  NOT NULL,
    client_address  VARCHAR(64)  NOT NULL,
    occurred_at     DATETIME(6)  NOT NULL
);
CREATE INDEX ix_login_failure_kiosk ON login_failure (kiosk_id, occurred_at);
CREATE INDEX ix_login_failure_address ON login_failure (client_address, occurred_at);
CREATE INDEX ix_login_failure_time ON login_failure (occurred_at);

-- One row per throttled subject ('kiosk:<id>', 'address:<ip>'), locked while a login attempt is
-- counted, so parallel attempts from one kiosk or address are counted one after another.
CREATE TABLE login_throttle_key (
    subject     VARCHAR(80)  NOT NULL PRIMARY KEY,
    touched_at  DATETIME(6)  NOT NULL
);

-- What branch staff and operators must see: thresholds crossed, never a PIN or a full number.
CREATE TABLE security_event (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at     DATETIME(6)  NOT NULL,
    event_type      VARCHAR(40)  NOT NULL,
    kiosk_id        VARCHAR(32)  NULL,
    client_address  VARCHAR(64)  NULL,
    detail          VARCHAR(255) NULL
);
CREATE INDEX ix_security_event_time ON security_event (occurred_at);
