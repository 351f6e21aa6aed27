-- Device trust (issue 12): only a browser that branch staff enrolled serves members as a kiosk.
-- Staff make a one-time code for a kiosk of their branch (valid 10 minutes); the kiosk's browser enters
-- it at /enrol and receives a long-lived random credential (a cookie). Only hashes are stored (SHA-256:
-- both are long random values, so a slow hash adds nothing), so a copy of the database enrols nobody.

CREATE TABLE kiosk_enrolment_code (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kiosk_id    VARCHAR(32)  NOT NULL,
    code_hash   CHAR(64)     NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6)  NULL,
    CONSTRAINT fk_enrolment_code_kiosk FOREIGN KEY (kiosk_id) REFERENCES kiosk (id),
    INDEX ix_enrolment_code_hash (code_hash, expires_at)
);

-- One row per enrolled browser. A new enrolment of a kiosk revokes the kiosk's earlier device
-- (a replaced PC); staff can revoke one. last_seen_at is written at most once an hour per device.
CREATE TABLE kiosk_device (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kiosk_id     VARCHAR(32)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    enrolled_at  DATETIME(6)  NOT NULL,
    enrolled_by  VARCHAR(64)  NOT NULL,
    last_seen_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    revoked_by   VARCHAR(64)  NULL,
    CONSTRAINT uq_kiosk_device_token UNIQUE (token_hash),
    CONSTRAINT fk_kiosk_device_kiosk FOREIGN KEY (kiosk_id) REFERENCES kiosk (id),
    INDEX ix_kiosk_device_kiosk (kiosk_id, revoked_at)
);

-- Wrong codes typed at /enrol, by client address: a code is 8 digits, so guessing is slowed down per
-- address and for the whole server (rows older than the window are deleted as new ones come).
CREATE TABLE kiosk_enrolment_failure (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_address VARCHAR(64)  NOT NULL,
    occurred_at    DATETIME(6)  NOT NULL,
    INDEX ix_enrolment_failure_time (occurred_at),
    INDEX ix_enrolment_failure_address (client_address, occurred_at)
);
