-- A member's request, made at a kiosk, to change a contact detail (issue 10, "Perbarui data").
-- Staff of the kiosk's branch approve or reject it; the row itself is the record of who asked
-- (member_id), where (kiosk_id, branch_code) and when, and of who decided what and why.
--
-- field:     PHONE, EMAIL or ADDRESS (member.ContactField); NIK, name and birth date are never
--            changed at a kiosk.
-- old_value: the member's value when the request was made (NULL when there was none); an approval
--            applies new_value only while the member's value still equals it (else: a conflict).
-- status:    PENDING until staff decide: APPROVED (new_value applied to the member in the same
--            transaction) or REJECTED (reject_reason says why, shown to the member), or
--            SUPERSEDED when the member asked again for the same field before a decision (the
--            newer request replaces it; decided_by stays NULL).
CREATE TABLE profile_change_request (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id      BIGINT       NOT NULL,
    field          VARCHAR(8)   NOT NULL,
    old_value      VARCHAR(255) NULL,
    new_value      VARCHAR(255) NOT NULL,
    kiosk_id       VARCHAR(32)  NOT NULL,
    branch_code    VARCHAR(16)  NOT NULL,
    requested_at   DATETIME(6)  NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    decided_at     DATETIME(6)  NULL,
    decided_by     VARCHAR(64)  NULL,
    reject_reason  VARCHAR(200) NULL,
    CONSTRAINT fk_change_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_change_branch FOREIGN KEY (branch_code) REFERENCES branch (code),
    CONSTRAINT ck_change_field CHECK (field IN ('PHONE', 'EMAIL', 'ADDRESS')),
    CONSTRAINT ck_change_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
    CONSTRAINT ck_change_rejected_reason CHECK (status <> 'REJECTED' OR reject_reason IS NOT NULL)
);
-- the member's update screen: their requests, newest first
CREATE INDEX ix_change_member ON profile_change_request (member_id, field, status);
-- the staff approvals page: a branch's pending requests, oldest first
CREATE INDEX ix_change_branch_status ON profile_change_request (branch_code, status, requested_at);
