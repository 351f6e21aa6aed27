package id.kiosmandiri.demo;

/**
 * The named demo members listed in the README. Their numbers are fixed so people and tests can
 * log in with them; their histories are generated like everyone else's, from the seed.
 */
public enum DemoLogin {
    /** Wage earner, two employers since 2012, wage crosses the JP cap. */
    BUDI("Budi Santoso", "3171011505850003", "11010000017", "0004512345", "123456"),
    /** A woman (NIK day + 40) with two KPJ cards, the second one not merged yet. */
    SITI("Siti Rahayu", "3273015208900002", "11010000025", "0004512346", "246810"),
    /** Informal worker (BPU) with open monthly bills. */
    AGUS("Agus Saputra", "3578022003780005", "11010000033", "0004512347", "135790"),
    /** Left work in 2024: inactive, the balance is still there. */
    DEWI("Dewi Lestari", "3374034507820001", "11010000041", "0004512348", "112233"),
    /** Registered this month: no contributions yet. */
    RUDI("Rudi Hartono", "3201040101990004", "11010000059", "0004512349", "445566"),
    /** High wage above the JP cap, late payments with penalties, employer owes the last months. */
    HENDRA("Hendra Wijaya", "5171051012800006", "11010000067", "0004512350", "778899");

    private final String fullName;
    private final String nik;
    private final String kpj;
    private final String cardUid;
    private final String pin;

    DemoLogin(String fullName, String nik, String kpj, String cardUid, String pin) {
        this.fullName = fullName;
        this.nik = nik;
        this.kpj = kpj;
        this.cardUid = cardUid;
        this.pin = pin;
    }

    public String fullName() { return fullName; }
    public String nik() { return nik; }
    public String kpj() { return kpj; }
    public String cardUid() { return cardUid; }
    public String pin() { return pin; }

    /** Siti's second card. */
    public static final String SITI_SECOND_KPJ = "11010000074";

    /** The PIN of every generated (unnamed) member. */
    public static final String GENERATED_MEMBER_PIN = "147258";
}
