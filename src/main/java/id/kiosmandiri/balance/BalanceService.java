package id.kiosmandiri.balance;

import id.kiosmandiri.contribution.ContributionHistoryService;
import id.kiosmandiri.contribution.PostedAmounts;
import id.kiosmandiri.member.MemberCard;
import id.kiosmandiri.member.MemberService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** JHT balance and JP totals of a member, computed from posted contributions (see {@link JhtCalculator}). */
@Service
@Transactional(readOnly = true)
public class BalanceService {

    private final ContributionHistoryService contributions;
    private final MemberService members;
    private final JhtReturnRateRepository rates;
    private final Clock clock;

    BalanceService(ContributionHistoryService contributions, MemberService members, JhtReturnRateRepository rates,
                   Clock clock) {
        this.contributions = contributions;
        this.members = members;
        this.rates = rates;
        this.clock = clock;
    }

    public BalanceOverview overview(Long memberId) {
        return overview(memberId, LocalDate.now(clock));
    }

    public BalanceOverview overview(Long memberId, LocalDate asOf) {
        JhtCalculator calculator = calculator();
        List<MemberCard> memberCards = members.cards(memberId);
        Map<Long, List<PostedAmounts>> postedByCard = contributions.postedAmounts(memberId).stream()
                .collect(Collectors.groupingBy(PostedAmounts::cardId));

        List<BalanceOverview.CardBalance> cardBalances = new ArrayList<>();
        JhtCalculator.Rate rate = calculator.rateOf(asOf.getYear());
        JhtYear total = JhtYear.empty(asOf.getYear(), asOf, rate.percent(), rate.assumed(), 0);
        long jpAccumulated = 0;
        Set<YearMonth> jpMonths = new HashSet<>();
        SortedSet<Integer> estimatedYears = new TreeSet<>();
        LocalDate lastPosting = null;
        for (MemberCard card : memberCards) {
            List<PostedAmounts> posted = postedByCard.getOrDefault(card.cardId(), List.of());
            List<JhtYear> years = calculator.years(posted, asOf);
            JhtYear current = years.isEmpty() ? null : years.getLast();
            long balance = current == null ? 0 : current.closingBalance();
            List<Integer> cardEstimates = estimatedYears(years, asOf);
            estimatedYears.addAll(cardEstimates);
            cardBalances.add(new BalanceOverview.CardBalance(card.cardId(), card.maskedKpj(), card.employerName(),
                    card.merged(), balance, cardEstimates));
            if (current != null) {
                total = add(total, current);
            }
            for (PostedAmounts p : posted) {
                if (p.postingDate().isAfter(asOf)) {
                    continue;
                }
                if (p.jp() > 0) {
                    jpAccumulated += p.jp();
                    jpMonths.add(YearMonth.from(p.period())); // two cards, one month: one JP month
                }
                if (lastPosting == null || p.postingDate().isAfter(lastPosting)) {
                    lastPosting = p.postingDate();
                }
            }
        }
        long jhtBalance = cardBalances.stream().mapToLong(BalanceOverview.CardBalance::balance).sum();
        return new BalanceOverview(asOf, members.status(memberId), jhtBalance, total, lastPosting,
                jpAccumulated, jpMonths.size(), cardBalances, List.copyOf(estimatedYears));
    }

    /**
     * The years whose return is in the balance and is an estimate: credited at an assumed rate, or the
     * current year, whose rate is only announced after it ends. A year that earned nothing is no estimate.
     */
    private static List<Integer> estimatedYears(List<JhtYear> years, LocalDate asOf) {
        return years.stream()
                .filter(y -> y.developmentReturn() != 0 && (y.rateAssumed() || y.year() == asOf.getYear()))
                .map(JhtYear::year)
                .toList();
    }

    /** The statement years of one member, all cards added together, oldest first. */
    public List<JhtYear> statementYears(Long memberId, LocalDate asOf) {
        JhtCalculator calculator = calculator();
        Map<Integer, JhtYear> byYear = new TreeMap<>();
        contributions.postedAmounts(memberId).stream()
                .collect(Collectors.groupingBy(PostedAmounts::cardId))
                .values()
                .forEach(posted -> calculator.years(posted, asOf)
                        .forEach(y -> byYear.merge(y.year(), y, BalanceService::add)));
        return List.copyOf(byYear.values());
    }

    private static JhtYear add(JhtYear a, JhtYear b) {
        return new JhtYear(a.year(), a.asOf(), a.ratePercent(), a.rateAssumed() || b.rateAssumed(),
                a.openingBalance() + b.openingBalance(),
                a.employerContributions() + b.employerContributions(),
                a.workerContributions() + b.workerContributions(),
                a.developmentReturn() + b.developmentReturn());
    }

    private JhtCalculator calculator() {
        return new JhtCalculator(rates.findAll().stream().collect(Collectors.toMap(
                JhtReturnRate::getYear, r -> new JhtCalculator.Rate(r.getRatePercent(), r.isAssumed()), (a, b) -> a,
                HashMap::new)));
    }

}
