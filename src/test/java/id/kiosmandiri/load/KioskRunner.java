package id.kiosmandiri.load;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * One kiosk through the scenario (issue 11): the attract screen, {@code start}, login by KPJ on the
 * keypad, the PIN, home, the balance, logout, back on the attract screen; {@code journeys} times.
 * A journey that fails is counted by its first error; the kiosk then leaves what it shows (a
 * member still logged in presses "Keluar", anything else reloads the page) and goes on.
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

    KioskRunner(KioskBrowser browser, LoadOptions options, int kiosk, Measurements measurements, CountDownLatch held,
                CountDownLatch stop) {
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
            browser.touch("logout", "logout");
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
