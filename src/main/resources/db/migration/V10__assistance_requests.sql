-- "Panggil petugas" (issue 10): a member (or someone who cannot log in) at a kiosk asks for a staff
-- member to come. Each request gets a queue number per branch and per the branch's calendar day
-- (1, 2, 3, ... from each morning), taken under the counter row's lock as receipt numbers are, so
-- two kiosks of a branch, also on two server nodes, never get the same one.
CREATE TABLE assistance_counter (
    branch_code  VARCHAR(16)  NOT NULL,
    day          DATE         NOT NULL,
    last_number  INT          NOT NULL,
    PRIMARY KEY (branch_code, day)
);

-- WAITING -> TAKEN (a staff member is on the way) -> CLOSED, or WAITING -> CANCELLED by the member.
CREATE TABLE assistance_request (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kiosk_id          VARCHAR(32)  NOT NULL,
    branch_code       VARCHAR(16)  NOT NULL,
    -- the branch's calendar day the request was made on, and its number on that day
    day               DATE         NOT NULL,
    queue_number      INT          NOT NULL,
    topic             VARCHAR(24)  NOT NULL,
    -- the logged-in member, or NULL for someone who asked from the login screen
    member_id         BIGINT       NULL,
    kiosk_session_id  BIGINT       NULL,
    status            VARCHAR(10)  NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    taken_by          VARCHAR(64)  NULL,
    taken_at          DATETIME(6)  NULL,
    closed_at         DATETIME(6)  NULL,
    cancelled_at      DATETIME(6)  NULL,
    CONSTRAINT uq_assistance_number UNIQUE (branch_code, day, queue_number),
    CONSTRAINT ck_assistance_status CHECK (status IN ('WAITING', 'TAKEN', 'CLOSED', 'CANCELLED')),
    -- a member's data removed: the request stays, anonymous
    CONSTRAINT fk_assistance_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE SET NULL
);
-- the open queue of a branch; the analytics' closed requests of a branch and range of days
CREATE INDEX ix_assistance_open ON assistance_request (status, branch_code);
CREATE INDEX ix_assistance_day ON assistance_request (branch_code, day);
