package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page around every kiosk screen: Lumo, the kiosk styles, no pinch zoom. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("kiosk.css")
@Viewport("width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no")
@Meta(name = "robots", content = "noindex")
public class KioskAppShell implements AppShellConfigurator {
}
