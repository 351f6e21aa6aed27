package id.kiosmandiri.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code --ledger}: what the kiosks wrote, one tab-separated line per entry,
 * {@code epoch_ms kind kiosk member_kpj state key}. "attempted" is written just before the touch
 * that writes, "acknowledged" once the screen shows the write was stored, with the key the screen
 * shows (receipt number, queue number, new phone, the time a lock ends). An attempt whose outcome
 * the kiosk never saw (an error, a node that died) stays "attempted" only. {@link ClusterCheck}
 * compares the acknowledged entries with the database.
 */
final class Ledger extends LineLog {

    static final Ledger OFF = new Ledger();

    enum Kind {
        RECEIPT, HELP, CHANGE, LOCKOUT, LOCKED_REFUSAL;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Optional<Kind> of(String label) {
            for (Kind kind : values()) {
                if (kind.label().equals(label)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    enum State {
        ATTEMPTED, ACKNOWLEDGED;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One line of the ledger. */
    record Entry(long epochMillis, Kind kind, String kiosk, String kpj, State state, String key) {

        String line() {
            return epochMillis + "\t" + kind.label() + "\t" + kiosk + "\t" + kpj + "\t" + state.label() + "\t"
                    + (key == null || key.isBlank() ? "-" : key.strip().replaceAll("\\s+", " "));
        }

        static Entry parse(String line) {
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalArgumentException("a ledger line has 6 tab-separated fields: '" + line + "'");
            }
            Kind kind = Kind.of(f[1]).orElseThrow(() -> new IllegalArgumentException("unknown ledger kind '" + f[1] + "'"));
            State state = switch (f[4]) {
                case "attempted" -> State.ATTEMPTED;
                case "acknowledged" -> State.ACKNOWLEDGED;
                default -> throw new IllegalArgumentException("unknown ledger state '" + f[4] + "'");
            };
            return new Entry(Long.parseLong(f[0]), kind, f[2], f[3], state, f[5]);
        }
    }

    private Ledger() {
        super();
    }

    private Ledger(Path file) throws IOException {
        super(file, null);
    }

    static Ledger to(Path file) throws IOException {
        return file == null ? OFF : new Ledger(file);
    }

    void attempted(Kind kind, String kiosk, String kpj, String key) {
        line(new Entry(System.currentTimeMillis(), kind, kiosk, kpj, State.ATTEMPTED, key).line());
    }

    void acknowledged(Kind kind, String kiosk, String kpj, String key) {
        line(new Entry(System.currentTimeMillis(), kind, kiosk, kpj, State.ACKNOWLEDGED, key).line());
    }
}
