package id.kiosmandiri.balance;

import id.kiosmandiri.member.MemberStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the balance screen (and the balance slip) shows, from one service call.
 *
 * @param thisYear       the current year so far, all cards added together
 * @param jpMonths       calendar months with a JP contribution, each counted once across cards
 * @param estimatedYears the years whose development return inside {@link #jhtBalance} rests on a rate that
 *                       is assumed or not published yet (the current year's never is during the year),
 *                       oldest first; empty when every figure is published (docs/rules.md)
 */
public record BalanceOverview(LocalDate asOf, MemberStatus status, long jhtBalance, JhtYear thisYear, LocalDate lastPostingDate,
                              long jpAccumulated, long jpMonths, List<CardBalance> cards, List<Integer> estimatedYears) {

    /** One KPJ's own JHT balance, and the years of it that are estimates. */
    public record CardBalance(Long cardId, String maskedKpj, String employerName, boolean merged, long balance,
                              List<Integer> estimatedYears) {

        public boolean estimate() {
            return !estimatedYears.isEmpty();
        }
    }

    /** Whether the total rests partly on assumed or unpublished rates. */
    public boolean estimate() {
        return !estimatedYears.isEmpty();
    }

    /** Whether this year's opening balance carries returns of estimated earlier years. */
    public boolean openingBalanceEstimate() {
        return estimatedYears.stream().anyMatch(year -> year < thisYear.year());
    }

    /** Whether this year's return so far is an estimate. */
    public boolean thisYearsReturnEstimate() {
        return estimatedYears.contains(thisYear.year());
    }

    public boolean hasUnmergedCard() {
        return cards.stream().anyMatch(c -> !c.merged());
    }
}
