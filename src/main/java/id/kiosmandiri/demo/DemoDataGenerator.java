package id.kiosmandiri.demo;

import id.kiosmandiri.contribution.ContributionAmounts;
import id.kiosmandiri.contribution.ContributionRules;
import id.kiosmandiri.contribution.DueDates;
import id.kiosmandiri.member.Gender;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic demo data: the same seed and "today" give the same rows. Each member draws from
 * a random generator seeded with (seed, member number), so members do not depend on each other.
 * Rows go to a {@link DemoRowSink} that inserts them in batches. Every row carries its id, so the
 * data does not depend on the order in which the batches reach the database.
 */
final class DemoDataGenerator {

    /**
     * The version of the contribution rules and reference tables the generated rows follow, kept
     * in table demo_dataset. Raise it whenever the rules or reference tables change the generated
     * rows: an embedded database made with an older version is then refused at start-up.
     * 2: JP caps, holidays and PP 49/2020 relief corrected (V3); wages from provincial minimum wages (V4).
     */
    static final int RULES_VERSION = 2;

    static final int EMPLOYERS = 400;

    /**
     * The province of each demo branch office (kiosk-config/branches.yml has no province yet). A
     * branch not listed here is paid by {@link ProvincialMinimumWages#averageOfProvincesOnFile}.
     */
    static final Map<String, String> BRANCH_PROVINCE = Map.of(
            "JKTSALEMBA", "31",    // DKI Jakarta
            "BDGSUCI", "32",       // Jawa Barat: its UMP, not the (much higher) Bandung UMK
            "MKSTAMALANREA", "73", // Sulawesi Selatan
            "JYPJAYAPURA", "94");  // Papua

    /**
     * Where generated wage earners stand on the wage scale, percent of them. Most are reported at
     * 1-2 times the minimum wage of their employer's province, half of them at exactly the minimum
     * (the cheapest report within the rules); some employers report less (0.8-1 times: the
     * under-reporting members complain of); a few members earn more than the JP wage cap. Wages
     * bunch near the minimum because Jakarta's is already Rp 5.4 million (2025): a wider spread
     * would lift the average far above the Rp 3 million or so that formal-sector workers earn.
     */
    private static final int PERCENT_BELOW_MINIMUM = 8;
    private static final int PERCENT_AT_MINIMUM = 50;
    private static final int PERCENT_ONE_TO_TWO_TIMES = 39;
    // the rest (3 %) earn more than the JP wage cap
    private static final long FIRST_KPJ = 12_000_000_000L;
    private static final long FIRST_CARD_UID = 5_000_000_000L;

    /**
     * @param memberPinHash   hash of {@link DemoLogin#GENERATED_MEMBER_PIN}, computed once
     * @param namedPinHashes  hashes of the named demo logins' PINs, in {@link DemoLogin} order
     */
    record Settings(int members, long seed, LocalDate today, List<String> branchCodes,
                    String memberPinHash, List<String> namedPinHashes, ProvincialMinimumWages minimumWages) {
    }

    private final Settings settings;
    private final ContributionRules rules;
    private final DemoRowSink sink;
    private final List<EmployerRow> employers = new ArrayList<>();
    private long nextCardId = 1;
    private long nextEmploymentId = 1;
    private long nextContributionId = 1;

    /** @param provinceCode of the employer's branch office; {@code null} if not in {@link #BRANCH_PROVINCE} */
    private record EmployerRow(long id, int riskClass, boolean labourIntensive, double lateShare, boolean owesRecentMonths,
                               String provinceCode) {
    }

    /**
     * A stretch of work for one employer, reported on one card. The wage is a fixed multiple of the
     * employer's provincial minimum wage, so it rises when the minimum wage does (each January).
     *
     * @param wagePermille the wage in thousandths of the minimum wage (1500 = 1.5 times)
     */
    private record Job(EmployerRow employer, long cardId, LocalDate start, LocalDate end, long wagePermille) {
    }

    private enum WageTier { BELOW_MINIMUM, AT_MINIMUM, ONE_TO_TWO_TIMES, ABOVE_JP_CAP }

    /** A member's place on the wage scale, kept from job to job: a tier and a position in it (0 to 1). */
    private record WageLevel(WageTier tier, double position) {
    }

    DemoDataGenerator(Settings settings, ContributionRules rules, DemoRowSink sink) {
        this.settings = settings;
        this.rules = rules;
        this.sink = sink;
    }

    void generate() {
        generateEmployers();
        DemoLogin[] named = DemoLogin.values();
        for (int i = 0; i < named.length; i++) {
            generateNamed(i + 1L, named[i], settings.namedPinHashes().get(i));
        }
        int total = Math.max(settings.members(), named.length);
        for (long memberId = named.length + 1L; memberId <= total; memberId++) {
            generateMember(memberId);
        }
        sink.flush();
    }

    private void generateEmployers() {
        SplittableRandom r = new SplittableRandom(settings.seed());
        for (int i = 1; i <= EMPLOYERS; i++) {
            String name = "PT " + pick(r, DemoNames.COMPANY_WORDS) + " " + pick(r, DemoNames.COMPANY_WORDS) + " "
                    + pick(r, DemoNames.COMPANY_TRADES);
            int risk = 1 + (int) Math.min(4, Math.floor(Math.abs(r.nextGaussian()) * 1.6));
            boolean labourIntensive = r.nextInt(10) == 0;
            double lateShare = r.nextInt(4) == 0 ? 0.05 + r.nextDouble() * 0.2 : r.nextDouble() * 0.03;
            boolean owes = r.nextInt(25) == 0;
            String npp = String.format("%08d", 10_000_000 + i * 7919 % 89_999_999);
            String division = String.format("%03d", r.nextInt(3));
            String branch = pick(r, settings.branchCodes());
            EmployerRow e = new EmployerRow(i, risk, labourIntensive, lateShare, owes, BRANCH_PROVINCE.get(branch));
            employers.add(e);
            sink.employer(new Object[]{e.id(), npp, division, name, risk, labourIntensive, branch});
        }
    }

    private void generateMember(long memberId) {
        SplittableRandom r = new SplittableRandom(settings.seed() * 31 + memberId);
        Gender gender = r.nextBoolean() ? Gender.M : Gender.F;
        LocalDate today = settings.today();
        LocalDate birth = today.minusYears(19 + r.nextInt(40)).minusDays(r.nextInt(365));
        String name = (gender == Gender.M ? pick(r, DemoNames.MALE_FIRST) : pick(r, DemoNames.FEMALE_FIRST))
                + " " + pick(r, DemoNames.FAMILY);
        String nik = nik(r, birth, gender, memberId);
        String branch = pick(r, settings.branchCodes());
        int kind = r.nextInt(100);
        if (kind < 1) {
            // newly registered: a card, no contributions yet
            long employerId = employers.get(r.nextInt(EMPLOYERS)).id();
            long cardId = card(memberId, kpj(memberId, 0), "PU", employerId, today, null, true, r);
            member(memberId, nik, name, birth, gender, "PU", "ACTIVE", branch, settings.memberPinHash(), r);
            employment(memberId, employerId, cardId, today.withDayOfMonth(1), null);
            return;
        }
        if (kind < 20) {
            int years = 1 + r.nextInt(Math.min(10, age(birth, today) - 18));
            LocalDate start = today.minusYears(years).withDayOfMonth(1).plusMonths(r.nextInt(12));
            int unpaidRecent = r.nextInt(10) < 3 ? 1 + r.nextInt(5) : 0;
            String status = unpaidRecent > ContributionRules.BPU_UNPAID_MONTHS_TO_INACTIVE ? "INACTIVE" : "ACTIVE";
            member(memberId, nik, name, birth, gender, "BPU", status, branch, settings.memberPinHash(), r);
            informalHistory(memberId, kpj(memberId, 0), start, unpaidRecent, r.nextInt(10) < 6, r);
            return;
        }
        int maxYears = Math.max(1, Math.min(25, age(birth, today) - 18));
        int years = 1 + r.nextInt(maxYears);
        LocalDate start = today.minusYears(years).withDayOfMonth(1).plusMonths(r.nextInt(12));
        if (!start.isBefore(today.withDayOfMonth(1))) {
            start = today.withDayOfMonth(1).minusMonths(1);
        }
        boolean leftWork = r.nextInt(10) == 0;
        LocalDate end = leftWork ? between(r, start, today.minusMonths(2)) : null;
        int jobs = 1 + Math.min(3, (int) Math.floor(Math.abs(r.nextGaussian()) * 1.5));
        boolean secondCard = jobs > 1 && r.nextInt(100) < 15;
        boolean secondMerged = r.nextInt(10) < 6;
        member(memberId, nik, name, birth, gender, "PU", leftWork ? "INACTIVE" : "ACTIVE", branch, settings.memberPinHash(), r);
        WageLevel level = wageLevel(r);
        List<Job> plan = new ArrayList<>();
        EmployerRow firstEmployer = employers.get(r.nextInt(EMPLOYERS));
        long firstCard = card(memberId, kpj(memberId, 0), "PU", firstEmployer.id(), start, jpStart(birth, start), true, r);
        long cardId = firstCard;
        LocalDate jobStart = start;
        LocalDate lastMonth = (end == null ? today.withDayOfMonth(1).minusMonths(1) : end.withDayOfMonth(1));
        for (int j = 0; j < jobs && !jobStart.isAfter(lastMonth); j++) {
            EmployerRow employer = j == 0 ? firstEmployer : employers.get(r.nextInt(EMPLOYERS));
            LocalDate jobEnd = (j == jobs - 1) ? end : between(r, jobStart, lastMonth);
            if (j == 1 && secondCard) {
                cardId = card(memberId, kpj(memberId, 1), "PU", employer.id(), jobStart, jpStart(birth, jobStart), secondMerged, r);
            }
            plan.add(new Job(employer, cardId, jobStart, jobEnd, wagePermille(level, employer)));
            employment(memberId, employer.id(), cardId, jobStart, jobEnd);
            if (jobEnd == null) {
                break;
            }
            jobStart = jobEnd.withDayOfMonth(1).plusMonths(1 + (r.nextInt(4) == 0 ? r.nextInt(6) : 0));
        }
        for (Job job : plan) {
            wageEarnerHistory(memberId, job, birth, false, r);
        }
    }

    private void generateNamed(long memberId, DemoLogin login, String pinHash) {
        SplittableRandom r = new SplittableRandom(settings.seed() * 17 + memberId);
        LocalDate today = settings.today();
        LocalDate birth = id.kiosmandiri.member.Identifiers.nikFacts(login.nik(), today).orElseThrow().birthDate();
        Gender gender = id.kiosmandiri.member.Identifiers.nikFacts(login.nik(), today).orElseThrow().gender();
        String branch = settings.branchCodes().getFirst();
        LocalDate thisMonth = today.withDayOfMonth(1);
        switch (login) {
            case BUDI -> {
                member(memberId, login.nik(), login.fullName(), birth, gender, "PU", "ACTIVE", branch, pinHash, r);
                LocalDate start = LocalDate.of(2012, 3, 1);
                long card = namedCard(memberId, login, "PU", employers.get(0).id(), start, jpStart(birth, start), true);
                LocalDate switchDate = LocalDate.of(2019, 6, 1);
                // below the JP cap until the job change in June 2019, above it from then on, in any province
                Job first = new Job(cleanEmployer(0), card, start, switchDate.minusMonths(1),
                        permilleOf(4_000_000, employers.get(0), start));
                Job second = new Job(cleanEmployer(1), card, switchDate, null,
                        permilleOf(9_500_000, employers.get(1), switchDate));
                employment(memberId, first.employer().id(), card, first.start(), first.end());
                employment(memberId, second.employer().id(), card, second.start(), null);
                wageEarnerHistory(memberId, first, birth, true, r);
                wageEarnerHistory(memberId, second, birth, true, r);
            }
            case SITI -> {
                member(memberId, login.nik(), login.fullName(), birth, gender, "PU", "ACTIVE", branch, pinHash, r);
                LocalDate start = LocalDate.of(2014, 1, 1);
                long card1 = namedCard(memberId, login, "PU", employers.get(2).id(), start, jpStart(birth, rules.jpStart()), true);
                LocalDate second = LocalDate.of(2021, 2, 1);
                long card2 = card(memberId, DemoLogin.SITI_SECOND_KPJ, "PU", employers.get(3).id(), second,
                        jpStart(birth, second), false, r);
                Job a = new Job(cleanEmployer(2), card1, start, second.minusMonths(2), 1_400);
                Job b = new Job(cleanEmployer(3), card2, second, null, 1_700);
                employment(memberId, a.employer().id(), card1, a.start(), a.end());
                employment(memberId, b.employer().id(), card2, b.start(), null);
                wageEarnerHistory(memberId, a, birth, true, r);
                wageEarnerHistory(memberId, b, birth, true, r);
            }
            case AGUS -> {
                member(memberId, login.nik(), login.fullName(), birth, gender, "BPU", "ACTIVE", branch, pinHash, r);
                informalHistoryWithCard(memberId, namedCard(memberId, login, "BPU", null, LocalDate.of(2020, 1, 1), null, true),
                        LocalDate.of(2020, 1, 1), 2, true, 3_000_000, r);
            }
            case DEWI -> {
                member(memberId, login.nik(), login.fullName(), birth, gender, "PU", "INACTIVE", branch, pinHash, r);
                LocalDate start = LocalDate.of(2009, 8, 1);
                long card = namedCard(memberId, login, "PU", employers.get(4).id(), start, jpStart(birth, rules.jpStart()), true);
                Job job = new Job(cleanEmployer(4), card, start, LocalDate.of(2024, 4, 1), 1_300);
                employment(memberId, job.employer().id(), card, job.start(), job.end());
                wageEarnerHistory(memberId, job, birth, true, r);
            }
            case RUDI -> {
                member(memberId, login.nik(), login.fullName(), birth, gender, "PU", "ACTIVE", branch, pinHash, r);
                long card = namedCard(memberId, login, "PU", employers.get(5).id(), thisMonth, thisMonth, true);
                employment(memberId, employers.get(5).id(), card, thisMonth, null);
            }
            case HENDRA -> {
                member(memberId, login.nik(), login.fullName(), birth, gender, "PU", "ACTIVE", branch, pinHash, r);
                LocalDate start = LocalDate.of(2016, 1, 1);
                long card = namedCard(memberId, login, "PU", employers.get(6).id(), start, jpStart(birth, start), true);
                EmployerRow lateAndOwing = new EmployerRow(employers.get(6).id(), 3, false, 0.3, true,
                        employers.get(6).provinceCode());
                // far above the JP cap: minimum wages have grown faster than the cap since 2016
                Job job = new Job(lateAndOwing, card, start, null, permilleOf(12_000_000, lateAndOwing, start));
                employment(memberId, lateAndOwing.id(), card, start, null);
                wageEarnerHistory(memberId, job, birth, false, r);
            }
        }
    }

    /** The named members' employers always pay on time, so their figures are easy to follow. */
    private EmployerRow cleanEmployer(int index) {
        EmployerRow e = employers.get(index);
        return new EmployerRow(e.id(), e.riskClass(), e.labourIntensive(), 0, false, e.provinceCode());
    }

    private static WageLevel wageLevel(SplittableRandom r) {
        int percentile = r.nextInt(100);
        WageTier tier;
        if (percentile < PERCENT_BELOW_MINIMUM) {
            tier = WageTier.BELOW_MINIMUM;
        } else if (percentile < PERCENT_BELOW_MINIMUM + PERCENT_AT_MINIMUM) {
            tier = WageTier.AT_MINIMUM;
        } else if (percentile < PERCENT_BELOW_MINIMUM + PERCENT_AT_MINIMUM + PERCENT_ONE_TO_TWO_TIMES) {
            tier = WageTier.ONE_TO_TWO_TIMES;
        } else {
            tier = WageTier.ABOVE_JP_CAP;
        }
        return new WageLevel(tier, r.nextDouble());
    }

    /** A member's wage at an employer, in thousandths of the minimum wage of the employer's province. */
    private long wagePermille(WageLevel level, EmployerRow employer) {
        double p = level.position();
        return switch (level.tier()) {
            case BELOW_MINIMUM -> 800 + (long) (p * 200);
            case AT_MINIMUM -> 1_000;
            // p squared: more wages near the minimum than near twice it
            case ONE_TO_TWO_TIMES -> 1_000 + (long) (p * p * 1_000);
            case ABOVE_JP_CAP -> {
                // 5-35 % above this year's JP cap, then following the minimum wage like everyone's
                LocalDate lastPeriod = settings.today().withDayOfMonth(1).minusMonths(1);
                long cap = rules.jpWageCap(lastPeriod);
                long minimum = minimumWage(employer, lastPeriod.getYear());
                yield cap == 0 ? 3_000 : Math.ceilDiv(cap * (1_050 + (long) (p * 300)), minimum);
            }
        };
    }

    /** The multiple of the employer's minimum wage (thousandths, rounded up) that pays {@code wage} on that day. */
    private long permilleOf(long wage, EmployerRow employer, LocalDate on) {
        return Math.ceilDiv(wage * 1_000, minimumWage(employer, on.getYear()));
    }

    private long minimumWage(EmployerRow employer, int year) {
        return settings.minimumWages().amount(employer.provinceCode(), year);
    }

    /** The job's wage in a month: its multiple of that year's minimum wage, rounded up to whole thousands. */
    private long wage(Job job, LocalDate period) {
        return Math.ceilDiv(minimumWage(job.employer(), period.getYear()) * job.wagePermille(), 1_000_000) * 1_000;
    }

    private void wageEarnerHistory(long memberId, Job job, LocalDate birth, boolean alwaysOnTime, SplittableRandom r) {
        LocalDate today = settings.today();
        LocalDate lastPeriod = today.withDayOfMonth(1).minusMonths(1);
        LocalDate end = job.end() == null || job.end().isAfter(lastPeriod) ? lastPeriod : job.end().withDayOfMonth(1);
        int owedMonths = job.employer().owesRecentMonths() && job.end() == null ? 2 + r.nextInt(2) : 0;
        if (owedMonths > 0 && !DueDates.passed(rules.wageEarnerDueDate(end), today)) {
            owedMonths++; // 2 or 3 months past due on any day: last month, not due yet, comes on top
        }
        LocalDate jpFrom = jpStart(birth, job.start());
        for (LocalDate period = job.start().withDayOfMonth(1); !period.isAfter(end); period = period.plusMonths(1)) {
            long wage = wage(job, period);
            long backPay = (!alwaysOnTime && r.nextInt(200) == 0) ? Math.round(wage * 0.1 / 1000.0) * 1000 * 2 : 0;
            boolean inJp = jpFrom != null && !period.isBefore(jpFrom);
            ContributionAmounts amounts = rules.wageEarner(period, wage, backPay, job.employer().riskClass(),
                    job.employer().labourIntensive(), inJp);
            LocalDate due = rules.wageEarnerDueDate(period);
            boolean owed = period.isAfter(end.minusMonths(owedMonths));
            LocalDate deposit;
            if (owed) {
                deposit = null;
            } else if (!alwaysOnTime && r.nextDouble() < job.employer().lateShare()) {
                deposit = due.plusDays(1 + r.nextInt(75));
            } else {
                deposit = due.minusDays(r.nextInt(12));
            }
            if (deposit != null && deposit.isAfter(today)) {
                deposit = null; // not paid yet
            }
            LocalDate posting = deposit == null ? null : deposit.plusDays(1 + r.nextInt(5));
            if (posting != null && posting.isAfter(today)) {
                posting = null; // deposited, not posted yet
            }
            long penalty = rules.latePenalty(period, amounts, due, deposit);
            sink.contribution(new Object[]{job.cardId(), memberId, job.employer().id(), Date.valueOf(period), "PU",
                    amounts.wage(), amounts.backPay(), amounts.jhtEmployer(), amounts.jhtWorker(),
                    amounts.jpEmployer(), amounts.jpWorker(), amounts.jkk(), amounts.jkm(),
                    Date.valueOf(due), sqlDate(deposit), sqlDate(posting), penalty, "EMPLOYER", nextContributionId++});
        }
    }

    private void informalHistory(long memberId, String kpj, LocalDate start, int unpaidRecent, boolean withJht, SplittableRandom r) {
        long cardId = card(memberId, kpj, "BPU", null, start, null, true, r);
        long income = (10 + r.nextInt(41)) * 100_000L;
        informalHistoryWithCard(memberId, cardId, start, unpaidRecent, withJht, income, r);
    }

    private void informalHistoryWithCard(long memberId, long cardId, LocalDate start, int unpaidRecent, boolean withJht,
                                         long income, SplittableRandom r) {
        LocalDate today = settings.today();
        LocalDate lastPeriod = today.withDayOfMonth(1);
        for (LocalDate period = start.withDayOfMonth(1); !period.isAfter(lastPeriod); period = period.plusMonths(1)) {
            ContributionAmounts amounts = rules.informalWorker(period, income, withJht);
            LocalDate due = rules.informalWorkerDueDate(period);
            boolean unpaid = period.isAfter(lastPeriod.minusMonths(unpaidRecent));
            LocalDate deposit = unpaid ? null : period.plusDays(r.nextInt(Math.max(1, due.getDayOfMonth())));
            if (deposit != null && deposit.isAfter(today)) {
                deposit = null;
            }
            LocalDate posting = deposit == null ? null : deposit.plusDays(1 + r.nextInt(3));
            if (posting != null && posting.isAfter(today)) {
                posting = null;
            }
            sink.contribution(new Object[]{cardId, memberId, null, Date.valueOf(period), "BPU",
                    amounts.wage(), 0L, 0L, amounts.jhtWorker(), 0L, 0L, amounts.jkk(), amounts.jkm(),
                    Date.valueOf(due), sqlDate(deposit), sqlDate(posting), 0L, "SELF", nextContributionId++});
        }
    }

    private void member(long id, String nik, String name, LocalDate birth, Gender gender, String segment, String status,
                        String branch, String pinHash, SplittableRandom r) {
        String phone = "08" + (11 + r.nextInt(88)) + String.format("%08d", r.nextInt(100_000_000));
        String email = name.toLowerCase().replace(' ', '.') + id + "@contoh.id";
        String address = pick(r, DemoNames.STREETS) + " No. " + (1 + r.nextInt(200)) + ", " + pick(r, DemoNames.CITIES);
        sink.member(new Object[]{id, nik, name, Date.valueOf(birth), gender.name(), phone, email, address, segment, status,
                branch, pinHash, 0, null, Timestamp.from(settings.today().atStartOfDay().toInstant(ZoneOffset.UTC))});
    }

    private long namedCard(long memberId, DemoLogin login, String segment, Long employerId, LocalDate jhtStart,
                           LocalDate jpStart, boolean merged) {
        long id = nextCardId++;
        sink.card(new Object[]{id, memberId, login.kpj(), login.cardUid(), segment, employerId, Date.valueOf(jhtStart),
                sqlDate(jpStart), merged, Date.valueOf(jhtStart)});
        return id;
    }

    private long card(long memberId, String kpj, String segment, Long employerId, LocalDate jhtStart, LocalDate jpStart,
                      boolean merged, SplittableRandom r) {
        long id = nextCardId++;
        String uid = String.format("%010d", FIRST_CARD_UID + id);
        sink.card(new Object[]{id, memberId, kpj, uid, segment, employerId, Date.valueOf(jhtStart), sqlDate(jpStart),
                merged, Date.valueOf(jhtStart)});
        return id;
    }

    private void employment(long memberId, long employerId, long cardId, LocalDate start, LocalDate end) {
        sink.employment(new Object[]{nextEmploymentId++, memberId, employerId, cardId, Date.valueOf(start), sqlDate(end)});
    }

    /** JP is for workers who join before pension age (56 assumed for joining); it started in July 2015. */
    private LocalDate jpStart(LocalDate birth, LocalDate joined) {
        LocalDate from = joined.isBefore(rules.jpStart()) ? rules.jpStart() : joined.withDayOfMonth(1);
        return age(birth, from) < 56 ? from : null;
    }

    private static String kpj(long memberId, int cardIndex) {
        return String.valueOf(FIRST_KPJ + memberId * 10 + cardIndex);
    }

    /** A valid NIK: province, regency, district, birth date (day + 40 for women), serial. */
    private static String nik(SplittableRandom r, LocalDate birth, Gender gender, long memberId) {
        String[] provinces = {"31", "32", "33", "35", "36", "12", "51", "73"};
        int day = birth.getDayOfMonth() + (gender == Gender.F ? 40 : 0);
        // district and serial come from the member number, so no two members (up to 989,901 of
        // them) share a NIK, whatever the random parts are
        return provinces[r.nextInt(provinces.length)] + String.format("%02d", 1 + r.nextInt(70))
                + String.format("%02d", 1 + (memberId / 9999) % 99)
                + String.format("%02d%02d%02d", day, birth.getMonthValue(), birth.getYear() % 100)
                + String.format("%04d", 1 + memberId % 9999);
    }

    private static int age(LocalDate birth, LocalDate on) {
        return java.time.Period.between(birth, on).getYears();
    }

    private static LocalDate between(SplittableRandom r, LocalDate from, LocalDate to) {
        long days = Math.max(1, to.toEpochDay() - from.toEpochDay());
        return from.plusDays(r.nextLong(days)).withDayOfMonth(1);
    }

    private static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    private static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
