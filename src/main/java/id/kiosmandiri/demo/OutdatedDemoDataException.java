package id.kiosmandiri.demo;

/**
 * The embedded database holds demo data generated with other contribution rules than this
 * release's ({@link DemoDataGenerator#RULES_VERSION}): its amounts would be wrong on screen.
 */
class OutdatedDemoDataException extends RuntimeException {

    private final String problem;
    private final String remedy;

    OutdatedDemoDataException(String problem, String remedy) {
        super(problem + " " + remedy);
        this.problem = problem;
        this.remedy = remedy;
    }

    String problem() {
        return problem;
    }

    String remedy() {
        return remedy;
    }
}
