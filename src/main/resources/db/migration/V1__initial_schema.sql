-- Kios Mandiri initial schema. Money is whole rupiah in BIGINT; periods are the first day of the month.

CREATE TABLE branch (
    code        VARCHAR(16)  NOT NULL PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    city        VARCHAR(80)  NOT NULL
);

CREATE TABLE kiosk (
    id            VARCHAR(32)  NOT NULL PRIMARY KEY,
    branch_code   VARCHAR(16)  NOT NULL,
    name          VARCHAR(120) NOT NULL,
    location      VARCHAR(120) NOT NULL,
    last_seen_at  DATETIME(6)  NULL,
    CONSTRAINT fk_kiosk_branch FOREIGN KEY (branch_code) REFERENCES branch (code)
);

CREATE TABLE employer (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    npp               VARCHAR(8)   NOT NULL,
    division          VARCHAR(3)   NOT NULL,
    name              VARCHAR(160) NOT NULL,
    risk_class        INT          NOT NULL,
    labour_intensive  BOOLEAN      NOT NULL DEFAULT FALSE,
    branch_code       VARCHAR(16)  NOT NULL,
    CONSTRAINT uq_employer_npp UNIQUE (npp, division),
    CONSTRAINT ck_employer_risk CHECK (risk_class BETWEEN 1 AND 5),
    CONSTRAINT fk_employer_branch FOREIGN KEY (branch_code) REFERENCES branch (code)
);

CREATE TABLE member (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    nik               VARCHAR(16)  NOT NULL,
    full_name         VARCHAR(160) NOT NULL,
    birth_date        DATE         NOT NULL,
    gender            VARCHAR(1)   NOT NULL,
    phone             VARCHAR(20)  NULL,
    email             VARCHAR(160) NULL,
    address           VARCHAR(255) NULL,
    segment           VARCHAR(3)   NOT NULL,
    status            VARCHAR(10)  NOT NULL,
    branch_code       VARCHAR(16)  NOT NULL,
    pin_hash          VARCHAR(255) NOT NULL,
    failed_pin_count  INT          NOT NULL DEFAULT 0,
    locked_until      DATETIME(6)  NULL,
    created_at        DATETIME(6)  NOT NULL,
    CONSTRAINT uq_member_nik UNIQUE (nik),
    CONSTRAINT ck_member_gender CHECK (gender IN ('M', 'F')),
    CONSTRAINT ck_member_segment CHECK (segment IN ('PU', 'BPU')),
    CONSTRAINT ck_member_status CHECK (status IN ('ACTIVE', 'INACTIVE')),
    CONSTRAINT fk_member_branch FOREIGN KEY (branch_code) REFERENCES branch (code)
);

-- One KPJ per employer registration (or per BPU registration); a member may hold several.
CREATE TABLE membership_card (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id       BIGINT       NOT NULL,
    kpj             VARCHAR(11)  NOT NULL,
    card_uid        VARCHAR(32)  NULL,
    segment         VARCHAR(3)   NOT NULL,
    employer_id     BIGINT       NULL,
    jht_start       DATE         NOT NULL,
    jp_start        DATE         NULL,
    merged          BOOLEAN      NOT NULL DEFAULT TRUE,
    issued_at       DATE         NOT NULL,
    CONSTRAINT uq_card_kpj UNIQUE (kpj),
    CONSTRAINT uq_card_uid UNIQUE (card_uid),
    CONSTRAINT fk_card_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_card_employer FOREIGN KEY (employer_id) REFERENCES employer (id)
);
CREATE INDEX ix_card_member ON membership_card (member_id);

CREATE TABLE employment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id    BIGINT       NOT NULL,
    employer_id  BIGINT       NOT NULL,
    card_id      BIGINT       NOT NULL,
    start_date   DATE         NOT NULL,
    end_date     DATE         NULL,
    CONSTRAINT fk_employment_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_employment_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT fk_employment_card FOREIGN KEY (card_id) REFERENCES membership_card (id)
);
CREATE INDEX ix_employment_member ON employment (member_id, start_date);

-- One row a month a card is reported (PU) or billed (BPU) for. A month without a deposit date is
-- an open bill: for BPU the member's own, for PU one the employer reported but has not paid.
CREATE TABLE contribution (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    card_id          BIGINT       NOT NULL,
    member_id        BIGINT       NOT NULL,
    employer_id      BIGINT       NULL,
    period           DATE         NOT NULL,
    segment          VARCHAR(3)   NOT NULL,
    reported_wage    BIGINT       NOT NULL,
    back_pay         BIGINT       NOT NULL DEFAULT 0,
    jht_employer     BIGINT       NOT NULL,
    jht_worker       BIGINT       NOT NULL,
    jp_employer      BIGINT       NOT NULL,
    jp_worker        BIGINT       NOT NULL,
    jkk              BIGINT       NOT NULL,
    jkm              BIGINT       NOT NULL,
    due_date         DATE         NOT NULL,
    deposit_date     DATE         NULL,
    posting_date     DATE         NULL,
    late_penalty     BIGINT       NOT NULL DEFAULT 0,
    paid_by          VARCHAR(10)  NOT NULL,
    CONSTRAINT uq_contribution_card_period UNIQUE (card_id, period),
    CONSTRAINT fk_contribution_card FOREIGN KEY (card_id) REFERENCES membership_card (id),
    CONSTRAINT fk_contribution_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_contribution_employer FOREIGN KEY (employer_id) REFERENCES employer (id)
);
-- history across all of a member's cards, newest first, by year
CREATE INDEX ix_contribution_member_period ON contribution (member_id, period);
CREATE INDEX ix_contribution_card_posting ON contribution (card_id, posting_date);
-- open bills of a member
CREATE INDEX ix_contribution_member_unpaid ON contribution (member_id, deposit_date);

CREATE TABLE jht_return_rate (
    year         INT           NOT NULL PRIMARY KEY,
    rate_percent DECIMAL(6, 4) NOT NULL,
    assumed      BOOLEAN       NOT NULL,
    source_note  VARCHAR(255)  NOT NULL
);

CREATE TABLE jp_wage_cap (
    effective_from DATE         NOT NULL PRIMARY KEY,
    cap            BIGINT       NOT NULL,
    assumed        BOOLEAN      NOT NULL,
    source_note    VARCHAR(255) NOT NULL
);

CREATE TABLE public_holiday (
    holiday_date DATE         NOT NULL PRIMARY KEY,
    name         VARCHAR(120) NOT NULL
);

CREATE TABLE kiosk_session (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kiosk_id          VARCHAR(32)  NOT NULL,
    member_id         BIGINT       NULL,
    login_method      VARCHAR(10)  NULL,
    started_at        DATETIME(6)  NOT NULL,
    ended_at          DATETIME(6)  NULL,
    end_reason        VARCHAR(10)  NULL,
    duration_ms       BIGINT       NULL,
    CONSTRAINT fk_kiosk_session_member FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE INDEX ix_kiosk_session_kiosk ON kiosk_session (kiosk_id, started_at);
CREATE INDEX ix_kiosk_session_open ON kiosk_session (ended_at);

-- What happened at a kiosk, for the dashboard; never personal data in detail.
CREATE TABLE usage_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kiosk_id      VARCHAR(32)  NOT NULL,
    session_id    BIGINT       NULL,
    event_type    VARCHAR(40)  NOT NULL,
    occurred_at   DATETIME(6)  NOT NULL,
    detail        VARCHAR(255) NULL,
    CONSTRAINT fk_usage_event_session FOREIGN KEY (session_id) REFERENCES kiosk_session (id)
);
CREATE INDEX ix_usage_event_kiosk ON usage_event (kiosk_id, occurred_at);

-- Rates and caps are data, not code, so an assumed figure can be corrected without a release.
INSERT INTO jht_return_rate (year, rate_percent, assumed, source_note) VALUES
 (2000, 5.5000, TRUE,  'assumed: no public figure found'),
 (2001, 5.5000, TRUE,  'assumed: no public figure found'),
 (2002, 5.5000, TRUE,  'assumed: no public figure found'),
 (2003, 5.5000, TRUE,  'assumed: no public figure found'),
 (2004, 5.5000, TRUE,  'assumed: no public figure found'),
 (2005, 5.5000, TRUE,  'assumed: no public figure found'),
 (2006, 5.5000, TRUE,  'assumed: no public figure found'),
 (2007, 5.5000, TRUE,  'assumed: no public figure found'),
 (2008, 5.5000, TRUE,  'assumed: no public figure found'),
 (2009, 5.5000, TRUE,  'assumed: no public figure found'),
 (2010, 5.5000, TRUE,  'assumed: no public figure found'),
 (2011, 5.5000, TRUE,  'assumed: no public figure found'),
 (2012, 5.5000, TRUE,  'assumed: no public figure found'),
 (2013, 5.5000, TRUE,  'assumed: no public figure found'),
 (2014, 5.5000, TRUE,  'assumed: no public figure found'),
 (2015, 5.5000, TRUE,  'assumed: no public figure found'),
 (2016, 7.1900, FALSE, 'credited rate 2016, public reports'),
 (2017, 7.8200, FALSE, 'credited rate 2017, public reports'),
 (2018, 6.2600, FALSE, 'credited rate 2018, public reports'),
 (2019, 6.0600, FALSE, 'credited rate 2019, public reports'),
 (2020, 5.6300, FALSE, 'credited rate 2020, public reports'),
 (2021, 5.6000, TRUE,  'assumed: fund yield about 6.7-6.8%, credited rate not published'),
 (2022, 5.7000, TRUE,  'assumed: fund yield about 6.7-6.8%, credited rate not published'),
 (2023, 5.8000, TRUE,  'assumed: fund yield about 6.7-6.8%, credited rate not published'),
 (2024, 5.9000, TRUE,  'assumed: fund yield about 6.7-6.8%, credited rate not published'),
 (2025, 6.0000, TRUE,  'assumed: fund yield about 6.7-6.8%, credited rate not published'),
 (2026, 6.0000, TRUE,  'assumed: fund yield about 6.7-6.8%, credited rate not published'),
 (2027, 6.0000, TRUE,  'assumed: placeholder until the rate is announced');

INSERT INTO jp_wage_cap (effective_from, cap, assumed, source_note) VALUES
 ('2015-07-01',  7000000, FALSE, 'PP 45/2015 initial JP wage cap'),
 ('2016-03-01',  7335000, TRUE,  'assumed: yearly adjustment'),
 ('2017-03-01',  7703500, TRUE,  'assumed: yearly adjustment'),
 ('2018-03-01',  8094000, TRUE,  'assumed: yearly adjustment'),
 ('2019-03-01',  8512400, TRUE,  'assumed: yearly adjustment'),
 ('2020-03-01',  8754600, TRUE,  'assumed: yearly adjustment'),
 ('2021-03-01',  8939700, TRUE,  'assumed: yearly adjustment'),
 ('2022-03-01',  9077600, FALSE, 'JP wage cap 2022'),
 ('2023-03-01',  9559600, FALSE, 'JP wage cap 2023'),
 ('2024-03-01', 10042300, FALSE, 'JP wage cap from March 2024'),
 ('2025-03-01', 10547400, TRUE,  'JP wage cap 2025 (year assumed)'),
 ('2026-03-01', 11086300, TRUE,  'assumed: 2025 cap grown by about 5.1%');

-- National holidays that move due dates (a sample for the years the demo covers; add rows as decreed).
INSERT INTO public_holiday (holiday_date, name) VALUES
 ('2024-01-01', 'Tahun Baru Masehi'),
 ('2024-04-10', 'Idul Fitri'),
 ('2024-04-11', 'Idul Fitri'),
 ('2024-05-01', 'Hari Buruh'),
 ('2024-08-17', 'Hari Kemerdekaan'),
 ('2024-12-25', 'Hari Natal'),
 ('2025-01-01', 'Tahun Baru Masehi'),
 ('2025-03-31', 'Idul Fitri'),
 ('2025-04-01', 'Idul Fitri'),
 ('2025-05-01', 'Hari Buruh'),
 ('2025-08-17', 'Hari Kemerdekaan'),
 ('2025-12-25', 'Hari Natal'),
 ('2026-01-01', 'Tahun Baru Masehi'),
 ('2026-03-20', 'Idul Fitri'),
 ('2026-03-21', 'Idul Fitri'),
 ('2026-05-01', 'Hari Buruh'),
 ('2026-08-17', 'Hari Kemerdekaan'),
 ('2026-12-25', 'Hari Natal');
