-- The JHT balance reads every posted month of a member (ContributionRepository.findPostedAmounts):
-- WHERE member_id = ? AND posting_date IS NOT NULL ORDER BY posting_date, period, seven columns.
-- Through ix_contribution_member_period that was an index range, one row look-up per month in the
-- table and a sort; this index holds the seven columns in that order, so the balance reads one or two
-- index pages and nothing else. At a million members (31 GB, 90 million months; the 512 MB buffer pool
-- holds little of it) a member's first balance read 4.2 pages from disk for this statement, so growth
-- from 10,000 to 1,000,000 members was mostly disk reads (docs/benchmarks.md, issue 11).
--
-- ix_contribution_card_posting goes: no query reads contributions by card and posting date any more
-- (the balance reads by member), and the card's foreign key has uq_contribution_card_period. One
-- statement, so the table is read once for both.
ALTER TABLE contribution
    DROP INDEX ix_contribution_card_posting,
    ADD INDEX ix_contribution_member_posted (member_id, posting_date, period, card_id,
                                             jht_employer, jht_worker, jp_employer, jp_worker);
