-- Spring Modulith's event publication registry (JPA): an event one module publishes for another
-- is written here in the publisher's transaction and marked complete when the listener is done,
-- so a crash between the two halves loses nothing (incomplete ones are resubmitted at start-up).
-- Columns as the JPA registry of Spring Modulith 2.0 maps them (its MySQL schema, UUID id).
CREATE TABLE event_publication (
    id                      UUID          NOT NULL PRIMARY KEY,
    listener_id             VARCHAR(512)  NOT NULL,
    event_type              VARCHAR(512)  NOT NULL,
    serialized_event        VARCHAR(4000) NOT NULL,
    publication_date        DATETIME(6)   NOT NULL,
    completion_date         DATETIME(6)   NULL,
    status                  VARCHAR(20)   NULL,
    completion_attempts     INT           NULL,
    last_resubmission_date  DATETIME(6)   NULL
);
CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);
