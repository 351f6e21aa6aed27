package id.kiosmandiri.kiosk.ui;


import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import id.kiosmandiri.kiosk.KioskPresence;
import org.springframework.stereotype.Component;

/**
 * Session-wide kiosk behaviour:
 * <ul>
 * <li>a new browser session starts in the kiosk's configured language (Bahasa Indonesia by
 * default), not the browser's, since a kiosk browser's own language says nothing about its member;</li>
 * <li>an expired session silently reloads to the attract screen (no "session expired" box);</li>
 * <li>the browser script gets the connection-lost texts in the current language;</li>
 * <li>a kiosk screen's heartbeats mark its kiosk online for the staff fleet page.</li>
 * </ul>
 */
@Component
class KioskServiceInit implements VaadinServiceInitListener {

    private final KioskIdentity identity;
    private final KioskI18NProvider i18n;
    private final KioskPresence presence;

    KioskServiceInit(KioskIdentity identity, KioskI18NProvider i18n, KioskPresence presence) {
        this.identity = identity;
        this.i18n = i18n;
        this.presence = presence;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e ->
                e.getSession().setLocale(identity.currentOrDefault().defaultLanguage()));
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false); // reload: the attract screen
            messages.setInternalErrorCaption(i18n.getTranslation("error.internal.caption", info.getLocale()));
            messages.setInternalErrorMessage(i18n.getTranslation("error.internal.message", info.getLocale()));
            messages.setInternalErrorURL("./");
            return messages;
        });
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            VaadinSession session = ui.getSession();
            ui.setLocale(session.getLocale());
            // a kiosk screen's heartbeat (vaadin.heartbeatInterval) is the kiosk saying it is online
            ui.addHeartbeatListener(beat -> KioskContext.kioskOfScreen(ui).ifPresent(presence::seen));
            ui.addAfterNavigationListener(nav -> {
                ui.getPage().executeJs(
                        "window.kioskTexts = {connectionLostTitle: $0, connectionLostText: $1};"
                                // the page's language: screen readers and the read-aloud voice follow it
                                + "document.documentElement.lang = $2;",
                        i18n.getTranslation("connection.lost.title", ui.getLocale()),
                        i18n.getTranslation("connection.lost.text", ui.getLocale()),
                        ui.getLocale().getLanguage());
                if (ReadAloud.on()) {
                    ReadAloud.readScreen(ui); // with read aloud on, every new screen says itself
                }
            });
        });
    }
}
