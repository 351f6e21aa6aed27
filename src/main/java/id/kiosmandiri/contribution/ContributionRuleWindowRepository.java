package id.kiosmandiri.contribution;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContributionRuleWindowRepository extends JpaRepository<ContributionRuleWindow, String> {
}
