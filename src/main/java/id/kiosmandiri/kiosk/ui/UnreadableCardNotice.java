package id.kiosmandiri.kiosk.ui;

import com.vaadin.flow.component.html.Paragraph;
import id.kiosmandiri.kiosk.CardReads;
import id.kiosmandiri.kiosk.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;

import java.util.function.Consumer;

/**
 * The one way a screen takes a card read: a card goes on to {@code onCard}; a read that is no card
 * shows "Kartu tidak terbaca" on this screen, goes nowhere and is recorded (no value) as invalid input.
 */
public class UnreadableCardNotice extends Paragraph {

    private final CardReads cardReads;
    private final ApplicationEventPublisher events;

    public UnreadableCardNotice(CardReads cardReads, ApplicationEventPublisher events) {
        this.cardReads = cardReads;
        this.events = events;
        setText(getTranslation("card.unreadable"));
        setId("card-unreadable");
        addClassName("card-unreadable");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    public void read(String read, String kioskId, Consumer<String> onCard) {
        cardReads.parse(read).ifPresentOrElse(card -> {
            setVisible(false);
            onCard.accept(card);
        }, () -> {
            setVisible(true);
            events.publishEvent(new InvalidInput(kioskId, "card"));
        });
    }
}
