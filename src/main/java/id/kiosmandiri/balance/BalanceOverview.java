package id.kiosmandiri.balance;

import id.kiosmandiri.member.MemberStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the balance screen shows, from one service call.
 *
 * @param thisYear the current year so far, all cards added together
 */
public record BalanceOverview(LocalDate asOf, MemberStatus status, long jhtBalance, JhtYear thisYear, LocalDate lastPostingDate,
                              long jpAccumulated, long jpMonths, List<CardBalance> cards) {

    /** One KPJ's own JHT balance. */
    public record CardBalance(Long cardId, String maskedKpj, String employerName, boolean merged, long balance) {
    }

    public boolean hasUnmergedCard() {
        return cards.stream().anyMatch(c -> !c.merged());
    }
}
