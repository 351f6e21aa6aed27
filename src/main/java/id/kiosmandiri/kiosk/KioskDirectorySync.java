package id.kiosmandiri.kiosk;

import org.springframework.core.annotation.Order;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies branches and kiosks from the configuration files into their tables, so members,
 * employers, sessions and the dashboard can refer to them. The files stay the source of truth.
 */
@Component
@Order(0)
class KioskDirectorySync implements ApplicationRunner {

    private final KioskRegistry registry;
    private final JdbcTemplate jdbc;

    KioskDirectorySync(KioskRegistry registry, JdbcTemplate jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Branch b : registry.branches()) {
            jdbc.update("INSERT INTO branch (code, name, city) VALUES (?, ?, ?) "
                    + "ON DUPLICATE KEY UPDATE name = VALUES(name), city = VALUES(city)", b.code(), b.name(), b.city());
        }
        for (KioskConfig k : registry.kiosks()) {
            jdbc.update("INSERT INTO kiosk (id, branch_code, name, location) VALUES (?, ?, ?, ?) "
                            + "ON DUPLICATE KEY UPDATE branch_code = VALUES(branch_code), name = VALUES(name), location = VALUES(location)",
                    k.id(), k.branchCode(), k.name(), k.location());
        }
    }
}
