package id.kiosmandiri.load;

import id.kiosmandiri.demo.DemoLogin;

/**
 * Which demo member a load kiosk logs in as. The demo generator numbers members 1, 2, ... (the named
 * logins first) and gives member {@code m} the KPJ {@code 12000000000 + 10 m} on its first card, which
 * is always active; every generated member's PIN is {@link DemoLogin#GENERATED_MEMBER_PIN}. So kiosk
 * {@code k} (1-based) takes generated member {@code k}: no query, no file. {@code
 * demo.GeneratedMembersNumberingTest} keeps this in step with the generator.
 */
public final class GeneratedMembers {

    /** The first generated member's number: after the named demo logins. */
    public static final int FIRST = DemoLogin.values().length + 1;
    private static final long FIRST_KPJ = 12_000_000_000L;

    private GeneratedMembers() {
    }

    /** The KPJ of member number {@code member}'s first card. */
    public static String kpj(long member) {
        return String.valueOf(FIRST_KPJ + member * 10);
    }

    /** How many demo members a server needs so that {@code kiosks} kiosks each have their own. */
    public static int membersFor(int kiosks) {
        return FIRST - 1 + kiosks;
    }
}
