package id.kiosmandiri.kiosk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The kiosks and branches this server knows, loaded once at start-up. */
@Component
public class KioskRegistry {

    private static final Logger log = LoggerFactory.getLogger(KioskRegistry.class);

    private final Map<String, Branch> branches;
    private final Map<String, KioskConfig> kiosks;
    private final String defaultKioskId;

    KioskRegistry(KioskProperties properties) {
        Path configDir = Path.of(properties.configDir());
        String defaultKioskId = properties.defaultId();
        KioskConfigLoader.Loaded loaded = KioskConfigLoader.load(configDir);
        this.branches = Map.copyOf(loaded.branches());
        this.kiosks = Map.copyOf(loaded.kiosks());
        if (!kiosks.containsKey(defaultKioskId)) {
            throw new KioskConfigException(configDir.resolve("kiosks").toString(), "kiosk.default-id",
                    "default kiosk '" + defaultKioskId + "' has no file " + defaultKioskId + ".yml");
        }
        this.defaultKioskId = defaultKioskId;
        log.info("Loaded {} kiosk(s) in {} branch(es) from {}", kiosks.size(), branches.size(), configDir.toAbsolutePath());
    }

    public Optional<KioskConfig> find(String id) {
        return Optional.ofNullable(id).map(kiosks::get);
    }

    public KioskConfig defaultKiosk() {
        return kiosks.get(defaultKioskId);
    }

    /** The kiosk with this id, or the default kiosk when the id is missing or unknown. */
    public KioskConfig findOrDefault(String id) {
        return find(id).orElseGet(this::defaultKiosk);
    }

    public Branch branchOf(KioskConfig kiosk) {
        return branches.get(kiosk.branchCode());
    }

    public Collection<Branch> branches() {
        return branches.values();
    }

    public Collection<KioskConfig> kiosks() {
        return kiosks.values();
    }
}
