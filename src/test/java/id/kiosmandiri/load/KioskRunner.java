package id.kiosmandiri.load;

import id.kiosmandiri.help.HelpTopic;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;

/**
 * One kiosk through the scenario (issue 11): the attract screen, {@code start}, login by KPJ on the
 * keypad, the PIN, home, the balance, logout, back on the attract screen; {@code journeys} times.
 * A journey that fails is counted by its first error; the kiosk then leaves what it shows (a
 * member still logged in presses "Keluar", anything else reloads the page) and goes on.
 *
 * <p>{@code --scenario cluster} (issue 13) writes as well: after the balance it prints the balance
 * slip, calls staff from help, asks for a new phone number, and puts each write in the {@link Ledger}.
 * The first {@code --lockout-kiosks} kiosks instead lock their member out with wrong PINs, and then
 * find it locked. With {@code --run-s} a kiosk starts journeys until the time is up, whatever failed.
 */
final class KioskRunner implements Runnable {

    private final KioskBrowser browser;
    private final LoadOptions options;
    private final Measurements measurements;
    private final String kpj;
    private final String pin;
    private final long startDelayMillis;
    /** Hold mode: counted down once the kiosk shows the balance (or gave up); the kiosk then waits for {@code stop}. */
    private final CountDownLatch held;
    private final CountDownLatch stop;
    private boolean heldCounted;
    private final int kiosk;
    private final Ledger ledger;
    /** With {@code --run-s}: no journey starts after this ({@link System#nanoTime}). */
    private final long runUntilNanos;
    /** Cluster scenario: this kiosk locks its member out, then finds it locked. */
    private final boolean lockout;
    private boolean lockAcknowledged;
    private int journeysStarted;

    KioskRunner(KioskBrowser browser, LoadOptions options, int kiosk, Measurements measurements, CountDownLatch held,
                CountDownLatch stop) {
        this(browser, options, kiosk, measurements, held, stop, Ledger.OFF, Long.MAX_VALUE);
    }

    KioskRunner(KioskBrowser browser, LoadOptions options, int kiosk, Measurements measurements, CountDownLatch held,
                CountDownLatch stop, Ledger ledger, long runUntilNanos) {
        this.kiosk = kiosk;
        this.ledger = ledger;
        this.runUntilNanos = runUntilNanos;
        this.lockout = options.cluster() && kiosk <= options.lockoutKiosks();
        this.browser = browser;
        this.options = options;
        this.measurements = measurements;
        this.kpj = GeneratedMembers.kpj(options.firstMember() + kiosk - 1L);
        this.pin = kiosk <= options.wrongPinKiosks() ? wrong(options.pin()) : options.pin();
        this.startDelayMillis = options.kiosks() == 1 ? 0 : options.rampSeconds() * 1000L * (kiosk - 1) / options.kiosks();
        this.held = held;
        this.stop = stop;
    }

    /** Another PIN of the same length: the last digit moved on by one. */
    static String wrong(String pin) {
        char last = pin.charAt(pin.length() - 1);
        return pin.substring(0, pin.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }

    @Override
    public void run() {
        try {
            Thread.sleep(startDelayMillis);
            if (options.cluster() || options.runSeconds() > 0) {
                runToTheEnd();
                return;
            }
            if (!attempt(() -> browser.openPage("page"))) {
                // the kiosk could not even load its page: every journey of it failed
                measurements.journeysFailed.add(options.hold() ? 1 : options.journeys());
                return;
            }
            if (options.hold()) {
                hold();
                return;
            }
            for (int journey = 0; journey < options.journeys(); journey++) {
                if (attempt(this::journey)) {
                    measurements.journeysCompleted.increment();
                } else {
                    measurements.journeysFailed.increment();
                    attempt(this::recover);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            browser.leavePage(); // the kiosk's page goes away at the end: the unload beacon, push closed
            countHeld();
        }
    }

    /**
     * The cluster test's kiosk: journey after journey ({@code --journeys}, or until {@code --run-s} is
     * up), and a kiosk whose server went away keeps trying to start over, as kiosk.js does.
     */
    private void runToTheEnd() throws InterruptedException {
        boolean ready = attempt(() -> browser.openPage("page"));
        int done = 0;
        while (options.runSeconds() > 0 ? System.nanoTime() < runUntilNanos && stop.getCount() > 0 : done < options.journeys()) {
            if (!ready) {
                ready = attempt(this::recover);
                if (!ready) {
                    if (options.runSeconds() == 0) {
                        done++; // a fixed number of journeys: this one is lost
                        measurements.journeysFailed.increment();
                    }
                    Thread.sleep(1000); // kiosk.js asks for the start page again after a second
                    continue;
                }
            }
            done++;
            journeysStarted++;
            if (attempt(options.cluster() ? this::clusterJourney : this::journey)) {
                measurements.journeysCompleted.increment();
            } else {
                measurements.journeysFailed.increment();
                ready = false;
            }
        }
    }

    private void countHeld() {
        if (held != null && !heldCounted) {
            heldCounted = true;
            held.countDown();
        }
    }

    /** Runs a part of the scenario; a failure is counted by its kind and answered with false. */
    private boolean attempt(Runnable part) {
        try {
            part.run();
            return true;
        } catch (JourneyFailure failure) {
            measurements.error(failure.kind, failure.getMessage());
            return false;
        } catch (RuntimeException bug) {
            measurements.error("driver error", bug.toString());
            return false;
        }
    }

    private void journey() {
        loginAndOpenBalance();
        browser.pause(options.screenMillis());
        browser.touch("logout", "logout");
        // logout ends the HTTP session; the answer sends the page to the kiosk's start page
        String startPage = browser.leaveTo().orElseThrow(() -> new JourneyFailure("no start page after logout", browser.kioskId()));
        browser.startOver(startPage);
        browser.awaitVisible("start");
    }

    private void loginAndOpenBalance() {
        browser.pause(options.keyMillis());
        browser.touch("start", "start");
        browser.pause(options.keyMillis());
        browser.touch("login-by-kpj", "login-by-kpj");
        type(kpj);
        browser.touch("key-ok", "key-ok(number)");
        browser.awaitVisible("pin-display");
        type(pin);
        browser.touch("key-ok", "key-ok(pin)");
        if (!browser.isVisible("menu-balance")) {
            Optional<UiTree.Node> error = browser.visible("login-error");
            if (error.isPresent() && error.get().classes.contains("visible")) {
                throw new JourneyFailure("login refused", browser.kioskId() + ": " + browser.visibleText("login-error").orElse(""));
            }
        }
        browser.awaitVisible("member-name");
        browser.pause(options.screenMillis());
        browser.touch("menu-balance", "menu-balance");
        browser.awaitVisible("jht-balance");
    }

    // ---------- the cluster scenario (issue 13) ----------

    private static final ScreenTexts LOCKED = new ScreenTexts("login.error.locked");
    private static final ScreenTexts SLOW_DOWN = new ScreenTexts("login.error.slow-down");
    private static final ScreenTexts WRONG = new ScreenTexts("login.error.wrong");
    private static final List<HelpTopic> TOPICS = List.of(HelpTopic.values());

    /** What the login screen showed after the PIN's OK. */
    private sealed interface LoginOutcome {
        record LoggedIn() implements LoginOutcome { }
        record Wrong() implements LoginOutcome { }
        record Locked(String until) implements LoginOutcome { }
        record SlowDown(int seconds) implements LoginOutcome { }
    }

    /**
     * Login, balance, the balance slip printed, staff called from help (the request left waiting),
     * a new phone number asked for, logout. Each write goes to the ledger: attempted just before the
     * touch that writes, acknowledged with what the screen shows once it is stored.
     */
    private void clusterJourney() {
        toKpjEntry();
        if (lockout) {
            lockoutJourney();
            return;
        }
        typeKpjAndOk();
        type(pin);
        browser.touch("key-ok", "key-ok(pin)");
        if (!(loginOutcome() instanceof LoginOutcome.LoggedIn)) {
            throw new JourneyFailure("login refused", browser.kioskId() + ": " + browser.visibleText("login-error").orElse(""));
        }
        browser.awaitVisible("member-name");
        browser.pause(options.screenMillis());
        browser.touch("menu-balance", "menu-balance");
        browser.awaitVisible("jht-balance");
        browser.pause(options.screenMillis());
        printBalanceSlip();
        callStaff();
        askForNewPhone();
        browser.touch("logout", "logout");
        String startPage = browser.leaveTo().orElseThrow(() -> new JourneyFailure("no start page after logout", browser.kioskId()));
        browser.startOver(startPage);
        browser.awaitVisible("start");
    }

    /**
     * From the attract screen to the KPJ keypad. A member still logged in from a journey that broke off
     * (start leads to home then) leaves first, as the next person would press Keluar.
     */
    private void toKpjEntry() {
        browser.pause(options.keyMillis());
        browser.touch("start", "start");
        if (browser.awaitOneOf(options.waitMillis(), "login-by-kpj", "member-name").equals("member-name")) {
            browser.touch("logout", "logout");
            browser.startOver(browser.startUrl());
            browser.pause(options.keyMillis());
            browser.touch("start", "start");
        }
        browser.pause(options.keyMillis());
        browser.touch("login-by-kpj", "login-by-kpj");
    }

    private void typeKpjAndOk() {
        type(kpj);
        browser.touch("key-ok", "key-ok(number)");
        browser.awaitVisible("pin-display");
    }

    /** Read off the screen after the PIN's OK: home, or the login's alert line. */
    private LoginOutcome loginOutcome() {
        if (browser.awaitOneOf(options.waitMillis(), "member-name", "login-error").equals("member-name")) {
            return new LoginOutcome.LoggedIn();
        }
        String shown = browser.visibleText("login-error").orElse("");
        Optional<String> until = LOCKED.find(shown);
        if (until.isPresent()) {
            return new LoginOutcome.Locked(until.get());
        }
        Optional<String> seconds = SLOW_DOWN.find(shown);
        if (seconds.isPresent()) {
            return new LoginOutcome.SlowDown(Integer.parseInt(seconds.get().replaceAll("\\D", "")));
        }
        if (WRONG.matches(shown)) {
            return new LoginOutcome.Wrong();
        }
        throw new JourneyFailure("login refused", browser.kioskId() + ": " + shown);
    }

    /**
     * A lockout kiosk: wrong PINs until the screen says the member is locked (3 by default), acknowledged
     * as a lockout; once it was, each later journey types the right PIN and must be refused as locked
     * (a "locked-refusal", no new lock). Either way the kiosk then cancels back to the attract screen.
     */
    private void lockoutJourney() {
        typeKpjAndOk();
        Ledger.Kind kind = lockAcknowledged ? Ledger.Kind.LOCKED_REFUSAL : Ledger.Kind.LOCKOUT;
        // one lockout is one attempt, however many wrong PINs it takes
        ledger.attempted(kind, browser.kioskId(), kpj, null);
        for (int tries = 0; tries < 20; tries++) {
            if (tries > 0 && kind == Ledger.Kind.LOCKED_REFUSAL) {
                ledger.attempted(kind, browser.kioskId(), kpj, null);
            }
            type(lockAcknowledged ? pin : wrong(pin));
            browser.touch("key-ok", "key-ok(pin)");
            switch (loginOutcome()) {
                case LoginOutcome.Locked locked -> {
                    ledger.acknowledged(kind, browser.kioskId(), kpj, locked.until());
                    lockAcknowledged = true;
                    browser.pause(options.screenMillis());
                    browser.touch("login-cancel", "login-cancel");
                    browser.awaitVisible("start");
                    return;
                }
                case LoginOutcome.Wrong wrong -> {
                    if (lockAcknowledged) {
                        throw new JourneyFailure("locked member not refused as locked", browser.kioskId());
                    }
                }
                case LoginOutcome.SlowDown slow -> waitOut(slow.seconds());
                case LoginOutcome.LoggedIn in -> throw new JourneyFailure("locked member logged in", browser.kioskId() + " " + kpj);
            }
        }
        throw new JourneyFailure("never locked", browser.kioskId());
    }

    /** The kiosk's throttle asks to wait: the member waits, touching now and then so the screen stays. */
    private void waitOut(int seconds) {
        long until = System.nanoTime() + (seconds + 1) * 1_000_000_000L;
        while (System.nanoTime() < until) {
            browser.pause(Math.min(10_000, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            browser.touchNothing("activity");
        }
    }

    /**
     * "Cetak" on the balance, then Cetak on the preview: the receipt is stored first, and the preview
     * then shows its number ({@code No. <kiosk>-<day>-<n>} in its footer): that is the acknowledgement.
     * The PDF printer then reports it printed; "Selesai" goes back to the balance, "Beranda" home.
     */
    private void printBalanceSlip() {
        browser.pause(options.keyMillis());
        browser.touch("print-balance", "print-balance");
        browser.awaitVisible("print-confirm");
        browser.pause(options.keyMillis());
        ledger.attempted(Ledger.Kind.RECEIPT, browser.kioskId(), kpj, null);
        browser.touch("print-confirm", "print-confirm");
        String number = browser.awaitText("receipt-preview", receiptNumber(browser.kioskId()), options.waitMillis());
        ledger.acknowledged(Ledger.Kind.RECEIPT, browser.kioskId(), kpj, number);
        String status = browser.awaitAttribute("print-status", "data-status", Set.of("printed", "failed"),
                options.timeoutSeconds() * 1000L);
        if (!status.equals("printed")) {
            throw new JourneyFailure("receipt not printed", browser.kioskId() + " " + number);
        }
        browser.pause(options.keyMillis());
        browser.touch("print-cancel", "print-done");
        browser.awaitVisible("jht-balance");
        browser.pause(options.keyMillis());
        browser.touch("nav-home", "nav-home");
        browser.awaitVisible("member-name");
    }

    /** A receipt number of this kiosk: {@code LOAD-0001-20261124-0007} (ReceiptNumbers). */
    static Pattern receiptNumber(String kioskId) {
        return Pattern.compile(Pattern.quote(kioskId) + "-\\d{8}-\\d{4,}");
    }

    /**
     * Help, "Panggil petugas", a topic (one per journey in turn): the request is stored and the queue
     * number shows. The member reads it and goes home with the top bar's back button; the request stays
     * waiting for staff (cancelling would be a second write).
     */
    private void callStaff() {
        browser.pause(options.keyMillis());
        browser.touch("menu-help", "menu-help");
        browser.pause(options.keyMillis());
        browser.touch("help-call-staff", "help-call-staff");
        browser.awaitVisible("help-pick"); // the FAQ's topic buttons on the page before have the same ids
        String topic = "help-topic-" + TOPICS.get(journeysStarted % TOPICS.size()).id();
        browser.pause(options.keyMillis());
        ledger.attempted(Ledger.Kind.HELP, browser.kioskId(), kpj, null);
        browser.touch(topic, "help-topic");
        String queueNumber = browser.awaitText("queue-number", Pattern.compile("\\d+"), options.waitMillis());
        ledger.acknowledged(Ledger.Kind.HELP, browser.kioskId(), kpj, queueNumber);
        browser.pause(options.screenMillis());
        browser.touch("help-exit", "help-exit");
        browser.awaitVisible("member-name");
    }

    /**
     * "Perbarui data", phone: a new number on the keypad, OK, the PIN, OK, then "Kirim" on old and new.
     * The overview then says the request was sent and lists it as pending: the acknowledgement.
     */
    private void askForNewPhone() {
        String phone = newPhone(kiosk, journeysStarted);
        browser.pause(options.keyMillis());
        browser.touch("menu-update", "menu-update");
        browser.pause(options.keyMillis());
        browser.touch("update-phone", "update-phone");
        browser.awaitVisible("update-display");
        type(phone);
        browser.touch("key-ok", "key-ok(phone)");
        // the answer brings the next step, or the number's refusal in the alert line
        if (!browser.isVisible("pin-display") && !browser.isVisible("update-confirm")) {
            throw new JourneyFailure("phone refused", browser.kioskId() + ": " + browser.visibleText("update-error").orElse(""));
        }
        if (browser.isVisible("pin-display")) {
            type(pin);
            browser.touch("key-ok", "key-ok(pin)");
        }
        if (!browser.isVisible("update-confirm")) {
            throw new JourneyFailure("PIN refused", browser.kioskId() + ": " + browser.visibleText("update-error")
                    .or(() -> browser.visibleText("update-locked")).orElse(""));
        }
        browser.pause(options.keyMillis());
        ledger.attempted(Ledger.Kind.CHANGE, browser.kioskId(), kpj, phone);
        browser.touch("update-confirm", "update-confirm");
        browser.awaitVisible("update-sent");
        browser.awaitText("update-pending", Pattern.compile(Pattern.quote(phone)), options.waitMillis());
        ledger.acknowledged(Ledger.Kind.CHANGE, browser.kioskId(), kpj, phone);
        browser.pause(options.screenMillis());
    }

    /**
     * A mobile number of this kiosk and journey, different from every other one: {@code 0899}, the kiosk
     * in four digits, the journey in five (13 digits, the most ContactRules allows).
     */
    static String newPhone(int kiosk, int journey) {
        return String.format(Locale.ROOT, "0899%04d%05d", kiosk % 10_000, journey % 100_000);
    }

    private void type(String digits) {
        for (char digit : digits.toCharArray()) {
            browser.pause(options.keyMillis());
            browser.touch("key-" + digit, "key");
        }
        browser.pause(options.keyMillis());
    }

    /**
     * After a failure: a page that was sent elsewhere or lost its session starts over at the kiosk's
     * start page; a member still logged in leaves by "Keluar"; anything else loads the page afresh.
     */
    private void recover() {
        if (!browser.pageGone() && browser.isVisible("logout")) {
            try {
                browser.touch("logout", "logout");
            } catch (JourneyFailure failure) {
                // e.g. the page's server node died and the other one refuses the page: load it afresh below
                measurements.error(failure.kind + " (logout while recovering)", failure.getMessage());
            }
        }
        if (browser.pageGone()) {
            browser.startOver(browser.startUrl());
            return;
        }
        browser.leavePage();
        browser.openPage("page");
    }

    /**
     * Logs in, opens the balance and stays there, touching now and then, until told to stop; or, with
     * {@code --hold-screen attract}, stays on the start screen (which has no idle timer to touch).
     */
    private void hold() {
        boolean attract = options.holdScreen().equals("attract");
        boolean ok = attract || attempt(this::loginAndOpenBalance);
        (ok ? measurements.journeysCompleted : measurements.journeysFailed).increment();
        countHeld();
        if (!ok) {
            return;
        }
        if (attract) {
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        while (stop.getCount() > 0) {
            long touchAt = System.nanoTime() + options.holdTouchSeconds() * 1_000_000_000L;
            while (System.nanoTime() < touchAt && stop.getCount() > 0) {
                browser.pause(Math.min(1000, Math.max(1, (touchAt - System.nanoTime()) / 1_000_000)));
            }
            if (stop.getCount() > 0 && !attempt(() -> browser.touchNothing("activity"))) {
                return;
            }
        }
    }
}
