package id.kiosmandiri.contribution;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;

interface ContributionRepository extends JpaRepository<Contribution, Long> {

    /** Months as the member reads them: with the card's KPJ and the employer's name, in one query. */
    String LINES = """
            select new id.kiosmandiri.contribution.ContributionLine(c.id, c.cardId, card.kpj, c.period, c.segment, e.name,
                   c.reportedWage, c.backPay, c.jhtEmployer, c.jhtWorker, c.jpEmployer, c.jpWorker, c.jkk, c.jkm,
                   c.dueDate, c.depositDate, c.postingDate, c.latePenalty, c.paidBy)
            from Contribution c
            join MembershipCard card on card.id = c.cardId
            left join Employer e on e.id = c.employerId
            """;

    /** Every posted month of a member, oldest posting first: the input of the JHT statement. */
    @Query("""
            select new id.kiosmandiri.contribution.PostedAmounts(c.cardId, c.period, c.postingDate,
                   c.jhtEmployer, c.jhtWorker, c.jpEmployer, c.jpWorker)
            from Contribution c
            where c.memberId = :memberId and c.postingDate is not null
            order by c.postingDate, c.period""")
    List<PostedAmounts> findPostedAmounts(@Param("memberId") Long memberId);

    /** One page of a member's months in [from, to), newest first, with employer names in the same query. */
    @Query(value = LINES + """
            where c.memberId = :memberId and c.period >= :from and c.period < :to
            order by c.period desc, c.id desc""",
            countQuery = """
            select count(c) from Contribution c
            where c.memberId = :memberId and c.period >= :from and c.period < :to""")
    Page<ContributionLine> findLines(@Param("memberId") Long memberId, @Param("from") LocalDate from,
                                     @Param("to") LocalDate to, Pageable pageable);

    /** All of a member's months in [from, to), every card, oldest period first (one query, no paging). */
    @Query(LINES + """
            where c.memberId = :memberId and c.period >= :from and c.period < :to
            order by c.period, c.id""")
    List<ContributionLine> findLinesOldestFirst(@Param("memberId") Long memberId, @Param("from") LocalDate from,
                                                @Param("to") LocalDate to);

    /** Open bills: months reported or billed without a deposit, oldest first. */
    @Query(LINES + """
            where c.memberId = :memberId and c.depositDate is null
            order by c.period, c.id""")
    List<ContributionLine> findOpenLines(@Param("memberId") Long memberId);

    /** Per-year months and amounts of a member, newest year first; their statuses are counted from {@link #findMonthDates}. */
    @Query("""
            select new id.kiosmandiri.contribution.YearTotals(year(c.period), count(c),
                   sum(c.jhtEmployer + c.jhtWorker), sum(c.jpEmployer + c.jpWorker), sum(c.jkk), sum(c.jkm),
                   sum(c.latePenalty))
            from Contribution c
            where c.memberId = :memberId
            group by year(c.period)
            order by year(c.period) desc""")
    List<YearTotals> findYearTotals(@Param("memberId") Long memberId);

    /** The dates that decide each month's status, so the year summary uses the same rule as the month lines. */
    @Query("""
            select new id.kiosmandiri.contribution.MonthDates(c.period, c.dueDate, c.depositDate)
            from Contribution c
            where c.memberId = :memberId""")
    List<MonthDates> findMonthDates(@Param("memberId") Long memberId);
}
