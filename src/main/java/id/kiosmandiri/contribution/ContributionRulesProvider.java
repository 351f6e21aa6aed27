package id.kiosmandiri.contribution;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds {@link ContributionRules} from the JP wage cap, holiday and rule-window tables. */
@Service
public class ContributionRulesProvider {

    private final JpWageCapRepository caps;
    private final PublicHolidayRepository holidays;
    private final ContributionRuleWindowRepository windows;
    private volatile ContributionRules cached;

    ContributionRulesProvider(JpWageCapRepository caps, PublicHolidayRepository holidays,
                              ContributionRuleWindowRepository windows) {
        this.caps = caps;
        this.holidays = holidays;
        this.windows = windows;
    }

    @Transactional(readOnly = true)
    public ContributionRules rules() {
        ContributionRules rules = cached;
        if (rules == null) {
            Map<LocalDate, Long> capMap = caps.findAll().stream()
                    .collect(Collectors.toMap(JpWageCap::getEffectiveFrom, JpWageCap::getCap));
            // national holidays and cuti bersama alike: banks' clearing does not run on either (docs/rules.md)
            rules = new ContributionRules(capMap,
                    holidays.findAll().stream().map(PublicHoliday::getDate).collect(Collectors.toSet()),
                    windows.findAll().stream().map(ContributionRuleWindow::toWindow).toList());
            cached = rules;
        }
        return rules;
    }

    /** Call after the tables change. */
    public void reload() {
        cached = null;
    }
}
