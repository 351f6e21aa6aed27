package id.kiosmandiri.employer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Employers as other modules see them: by name only. */
@Service
@Transactional(readOnly = true)
public class EmployerNames {

    private final EmployerRepository employers;

    EmployerNames(EmployerRepository employers) {
        this.employers = employers;
    }

    public Optional<String> nameOf(Long employerId) {
        return employerId == null ? Optional.empty() : employers.findById(employerId).map(Employer::getName);
    }

    /** Names by employer id, in one query; unknown ids and nulls are left out. */
    public Map<Long, String> namesOf(Collection<Long> employerIds) {
        return employers.findAllById(employerIds.stream().filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Employer::getId, Employer::getName));
    }
}
