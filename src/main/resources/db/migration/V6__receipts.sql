-- Receipts (issue 8). Every receipt is stored before it is printed, so a failed print is never
-- lost and the QR code on the paper can be checked later at /verify/{token}.

-- The last receipt number a kiosk gave out on a day (its branch's calendar day): numbers are
-- unique per kiosk and day, e.g. DEMO-01-20261124-0007, and taken under the row's lock.
CREATE TABLE receipt_counter (
    kiosk_id     VARCHAR(32)  NOT NULL,
    day          DATE         NOT NULL,
    last_number  INT          NOT NULL,
    PRIMARY KEY (kiosk_id, day)
);

CREATE TABLE receipt (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number           VARCHAR(48)   NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    -- what the receipt is of: NULL for a balance slip, '2025' for a statement, '2025-03' for a proof
    subject          VARCHAR(7)    NULL,
    member_id        BIGINT        NOT NULL,
    kiosk_id         VARCHAR(32)   NOT NULL,
    branch_code      VARCHAR(16)   NOT NULL,
    session_id       BIGINT        NULL,
    issued_at        DATETIME(6)   NOT NULL,
    -- the amount the verification page shows: balance, closing balance or amount paid (rupiah)
    main_amount      BIGINT        NOT NULL,
    -- the holder's name as the public verification page shows it, e.g. 'B*** S******'
    masked_name      VARCHAR(160)  NOT NULL,
    -- the document as issued (JSON): a reprint prints exactly this, never figures computed anew
    content          MEDIUMTEXT    NOT NULL,
    -- SHA-256 of content, hex; the QR token signs number and hash
    content_hash     CHAR(64)      NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    print_count      INT           NOT NULL DEFAULT 0,
    -- some bytes reached the printer before a failure: the next print says "reprint" on paper
    sent_partly      BOOLEAN       NOT NULL DEFAULT FALSE,
    last_printed_at  DATETIME(6)   NULL,
    CONSTRAINT uq_receipt_number UNIQUE (number),
    CONSTRAINT ck_receipt_kind CHECK (kind IN ('BALANCE_SLIP', 'YEAR_STATEMENT', 'PAYMENT_PROOF')),
    CONSTRAINT ck_receipt_status CHECK (status IN ('PENDING', 'PRINTED', 'FAILED', 'REPRINTED')),
    CONSTRAINT fk_receipt_member FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE INDEX ix_receipt_session ON receipt (session_id);
CREATE INDEX ix_receipt_kiosk ON receipt (kiosk_id, issued_at);
