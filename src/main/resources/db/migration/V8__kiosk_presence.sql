-- What each kiosk is doing now, for the staff fleet page, kept in the database so that every
-- server node shows the same picture. Written on a change of state (a member logs in, the idle
-- warning shows, the session ends) and when the kiosk's browser is seen (its Vaadin heartbeat),
-- at most once per half heartbeat interval per kiosk: never a row per kiosk per second.
-- Offline is not stored: a kiosk not seen for two heartbeat intervals is offline.
ALTER TABLE kiosk
    ADD COLUMN state             VARCHAR(10)  NULL,
    ADD COLUMN state_since       DATETIME(6)  NULL,
    ADD COLUMN printer_status    VARCHAR(10)  NULL,
    ADD COLUMN printer_status_at DATETIME(6)  NULL;
