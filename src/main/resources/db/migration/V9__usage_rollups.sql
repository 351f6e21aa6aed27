-- Usage rollups for the staff dashboard (issue 9): counts per scope, local day or hour, and metric,
-- kept up to date in the same transaction as each usage event (session.UsageRollups) and
-- rebuildable from usage_event and kiosk_session (UsageAnalytics.rebuild). A page view reads a few
-- thousand rollup rows instead of scanning millions of raw events.
--
-- scope:  'kiosk:<ID>', 'branch:<CODE>' or 'all' (session.UsageScope.key()). The branch and 'all'
--         rows are summed as events arrive: a year of 1,000 kiosks cannot be summed from per-kiosk
--         rows within a page view.
-- metric: '<family>:<detail>' as the events say it ('session:NIK', 'login-attempt:CARD',
--         'end:IDLE', 'duration:45', 'feature:balance', 'receipt-printed:BALANCE', ...).
-- Days and hours are the branch's LOCAL time (WIB, WITA or WIT), so "10:00" is ten in the morning
-- wherever the kiosk stands, also in the 'all' rows.
-- Binary, no-pad collation: keys compare byte for byte ('login' and 'LOGIN' stay apart, a trailing
-- space is not dropped), as the application builds them.

-- Every metric per day: totals over a range (logins, features, end reasons, durations) and, in
-- 'part:' metrics, the sessions of each kiosk of a branch (scope 'branch:<CODE>', metric
-- 'part:kiosk:<ID>') and of each branch (scope 'all', metric 'part:branch:<CODE>'), so the
-- breakdown of all branches is one range read too. One report reads one (scope, day range).
CREATE TABLE usage_daily (
    scope   VARCHAR(48) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    day     DATE        NOT NULL,
    metric  VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    count   BIGINT      NOT NULL,
    PRIMARY KEY (scope, day, metric)
);
-- a rebuild deletes the rows of its days in every scope
CREATE INDEX ix_usage_daily_day ON usage_daily (day);

-- Sessions started per local hour (the 'session:' metrics only): sessions per day and hour of day
-- and the heat map of the week. Only sessions, because every metric per hour would hold more rows
-- than the raw events themselves (see UsageAnalyticsBenchmark); another family can join by
-- changing UsageRollups.HOURLY_FAMILY and rebuilding.
CREATE TABLE usage_hourly (
    scope   VARCHAR(48) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    hour    DATETIME    NOT NULL,
    metric  VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    count   BIGINT      NOT NULL,
    PRIMARY KEY (scope, hour, metric)
);
CREATE INDEX ix_usage_hourly_hour ON usage_hourly (hour);

-- One row. Every transaction that adds to the rollups holds it shared; a rebuild holds it
-- exclusively, so no event can commit between a rebuild's delete and its recount (it waits, then
-- adds to the rebuilt rows): rebuilding a day while events arrive counts each of them once.
CREATE TABLE usage_rollup_guard (
    id  INT NOT NULL PRIMARY KEY
);
INSERT INTO usage_rollup_guard (id) VALUES (1);

-- A rebuild reads the raw events of a range of days, of every kiosk.
CREATE INDEX ix_usage_event_time ON usage_event (occurred_at);
