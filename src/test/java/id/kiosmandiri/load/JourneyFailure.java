package id.kiosmandiri.load;

/** A journey cannot go on: {@code kind} is what the report counts, {@code detail} an example of it. */
final class JourneyFailure extends RuntimeException {

    final String kind;

    JourneyFailure(String kind, String detail) {
        super(kind + (detail == null || detail.isEmpty() ? "" : ": " + detail), null, false, false);
        this.kind = kind;
    }
}
