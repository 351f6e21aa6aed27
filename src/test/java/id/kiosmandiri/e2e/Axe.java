package id.kiosmandiri.e2e;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Deque's axe-core, injected into the page by the test (never shipped with the kiosk: the
 * pre-compiled frontend bundle stays as it is). The script comes from the axe-core Selenium
 * artifact's jar, test scope only.
 */
final class Axe {

    private static final String SCRIPT = load();

    private Axe() {
    }

    /**
     * The violations of WCAG 2.0/2.1 A and AA on the page as it is now, with colour contrast checked
     * at the enhanced 7:1 (which includes AA's 4.5:1), each as "rule: help — where". A rule that
     * should have run and did not is a finding too.
     */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe;"))) {
            js.executeScript(SCRIPT);
        }
        return (List<String>) js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {
                  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                  // 7:1 passed implies 4.5:1 passed: the AA contrast rule would only repeat the work
                  rules: { 'color-contrast-enhanced': { enabled: true }, 'color-contrast': { enabled: false } },
                  resultTypes: ['violations']
                }).then(function (r) {
                  var ran = r.passes.concat(r.violations, r.incomplete, r.inapplicable).map(function (x) { return x.id; });
                  var missing = ['meta-viewport', 'color-contrast-enhanced'].filter(function (id) {
                    return ran.indexOf(id) < 0;
                  });
                  done(missing.map(function (id) { return 'axe did not run ' + id; }).concat(r.violations.map(function (v) {
                    return v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 4).map(function (n) {
                      return n.target.join(' ') + (n.failureSummary ? ' (' + n.failureSummary.replace(/\\s+/g, ' ').slice(0, 160) + ')' : '');
                    }).join(' | ');
                  })));
                }).catch(function (e) { done(['axe did not run: ' + e]); });""");
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
