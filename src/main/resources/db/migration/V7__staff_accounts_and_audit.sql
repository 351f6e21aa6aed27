-- Staff accounts and their audit trail (issue 9). Branch staff see their own branch only; an
-- admin sees every branch and keeps the accounts. Staff never see a member's personal data.

CREATE TABLE staff_account (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- lower-case letters, digits, '.', '_', '-' (the application lower-cases what is typed)
    username             VARCHAR(32)  NOT NULL,
    -- BCrypt, e.g. $2a$10$... (60 characters)
    password_hash        VARCHAR(100) NOT NULL,
    display_name         VARCHAR(120) NOT NULL,
    role                 VARCHAR(16)  NOT NULL,
    -- the branch a BRANCH_STAFF account belongs to; an ADMIN may have none
    branch_code          VARCHAR(16)  NULL,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at           DATETIME(6)  NOT NULL,
    password_changed_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_staff_account_username UNIQUE (username),
    CONSTRAINT ck_staff_account_role CHECK (role IN ('BRANCH_STAFF', 'ADMIN')),
    CONSTRAINT ck_staff_account_branch CHECK (role = 'ADMIN' OR branch_code IS NOT NULL),
    CONSTRAINT fk_staff_account_branch FOREIGN KEY (branch_code) REFERENCES branch (code)
);

-- Failed staff logins, counted over a sliding window per username (also names that have no
-- account, so the answer does not tell them apart) and per client address, in the database so
-- every server node agrees. Old rows are purged by the server.
CREATE TABLE staff_login_failure (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    client_address  VARCHAR(64)  NOT NULL,
    occurred_at     DATETIME(6)  NOT NULL
);
CREATE INDEX ix_staff_login_failure_user ON staff_login_failure (username, occurred_at);
CREATE INDEX ix_staff_login_failure_address ON staff_login_failure (client_address, occurred_at);
CREATE INDEX ix_staff_login_failure_time ON staff_login_failure (occurred_at);

-- One row per throttled subject ('account:<name>', 'address:<ip>'), locked while a staff login
-- attempt is counted, so parallel attempts for one account or from one address queue up.
CREATE TABLE staff_throttle_key (
    subject     VARCHAR(100) NOT NULL PRIMARY KEY,
    touched_at  DATETIME(6)  NOT NULL
);

-- Every staff action: who (the account, or the name typed at a failed login), what, when, from
-- which address and which branch it concerns (the account's own for logins, the changed
-- account's for account changes). detail never holds a member's personal data nor a password.
CREATE TABLE staff_audit (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at     DATETIME(6)  NOT NULL,
    username        VARCHAR(64)  NOT NULL,
    action          VARCHAR(32)  NOT NULL,
    detail          VARCHAR(255) NULL,
    branch_code     VARCHAR(16)  NULL,
    client_address  VARCHAR(64)  NULL
);
CREATE INDEX ix_staff_audit_time ON staff_audit (occurred_at, id);
CREATE INDEX ix_staff_audit_user ON staff_audit (username, occurred_at);
