package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every screen (kiosk and staff): Lumo, the kiosk styles, no pinch zoom, and server
 * push (a WebSocket per screen; its messages to the server stay plain requests), so the server
 * updates a screen when something happens (a print's outcome, the server becoming ready, a kiosk
 * changing state on the staff fleet page) instead of the screen asking on a timer.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("kiosk.css")
@Viewport("width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no")
@Meta(name = "robots", content = "noindex")
public class KioskAppShell implements AppShellConfigurator {
}
