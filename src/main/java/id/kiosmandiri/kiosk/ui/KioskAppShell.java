package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every screen (kiosk and staff): Lumo, the kiosk styles, and server
 * push (a WebSocket per screen; its messages to the server stay plain requests), so the server
 * updates a screen when something happens (a print's outcome, the server becoming ready, a kiosk
 * changing state on the staff fleet page) instead of the screen asking on a timer. The viewport
 * lets people zoom (WCAG 1.4.4: no {@code user-scalable=no}); on the kiosk, pinch is kept away by
 * {@code touch-action} in kiosk.css, the gesture guard in kiosk.js and Chromium's
 * {@code --disable-pinch}, and the accessibility menu offers large text instead.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("kiosk.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "robots", content = "noindex")
public class KioskAppShell implements AppShellConfigurator {
}
