package id.kiosmandiri.staff.ui;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The charts are well-formed SVG (parsed as XML, as a browser's image decoder would) that carry
 * their labels as text and draw each bar in proportion to its figure.
 */
class UsageChartsTest {

    private static final String BAR = "fill:rgb(47,125,90)";
    private static final String FAILED = "fill:rgb(217,140,63)";

    @Test
    void hoursOfTheDayAreBarsAsHighAsTheirSessions() throws Exception {
        List<String> hours = List.of("08", "09", "10", "11");
        Document svg = parse(UsageCharts.columns(hours, List.of(4L, 0L, 8L, 2L), "Jam", "Sesi"));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("viewBox")).isEqualTo("0.0 0.0 920.0 380.0");
        // the value axis's title is drawn turned, as a shape; the other labels are text
        assertThat(texts(svg)).contains("08", "09", "10", "11", "Jam", "0", "8");
        List<Double> bars = heights(svg, BAR);
        assertThat(bars).as("no bar for the hour without sessions").hasSize(3);
        assertThat(bars.get(1) / bars.get(0)).isCloseTo(8.0 / 4, within(0.001));
        assertThat(bars.get(1) / bars.get(2)).isCloseTo(8.0 / 2, within(0.001));
    }

    @Test
    void loginsStackSucceededAndFailedPerMethodWithALegend() throws Exception {
        Document svg = parse(UsageCharts.stacked(List.of("Kartu", "NIK", "Nomor KPJ"), "Berhasil masuk", List.of(6L, 4L, 2L),
                "Gagal masuk", List.of(1L, 3L, 0L), "Percobaan masuk"));
        assertThat(texts(svg)).contains("Kartu", "NIK", "Nomor KPJ", "Berhasil masuk", "Gagal masuk", "7");
        // the legend's swatch is a shape of the same colour, drawn after the bars
        List<Double> succeeded = heights(svg, BAR).subList(0, 3);
        List<Double> failed = heights(svg, FAILED).subList(0, 2);
        assertThat(succeeded.get(0) / succeeded.get(2)).isCloseTo(6.0 / 2, within(0.001));
        assertThat(failed.get(1) / failed.get(0)).isCloseTo(3.0 / 1, within(0.001));
        assertThat(succeeded.get(1) / failed.get(1)).isCloseTo(4.0 / 3, within(0.001));
    }

    @Test
    void sessionsPerDayAndLabelledBarsAreWellFormedWithTheirLabels() throws Exception {
        List<LocalDate> days = new ArrayList<>();
        List<Long> sessions = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            days.add(LocalDate.of(2026, 11, 1).plusDays(i));
            sessions.add(i == 10 ? 9L : 3L);
        }
        Document perDay = parse(UsageCharts.perDay(days, sessions, "Sesi", Locale.forLanguageTag("id")));
        assertThat(texts(perDay)).contains("4 Nov", "25 Nov", "9");
        assertThat(heights(perDay, BAR)).hasSize(30);

        Document reasons = parse(UsageCharts.bars(List.of("Keluar sendiri", "Tidak ada sentuhan (waktu habis)", "Kartu <tidak> & \"terbaca\""),
                List.of(7L, 4L, 1L), "Sesi"));
        assertThat(texts(reasons)).as("markup in a label stays text").contains("Keluar sendiri", "Kartu <tidak> & \"terbaca\"");
    }

    @Test
    void theDataAddressHoldsTheSvgItself() {
        String svg = UsageCharts.columns(List.of("00"), List.of(1L), "Jam", "Sesi");
        String uri = UsageCharts.dataUri(svg);
        assertThat(uri).startsWith("data:image/svg+xml;base64,");
        assertThat(new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8)).isEqualTo(svg);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** The heights of the rectangles filled in this colour, in drawing order. */
    private static List<Double> heights(Document svg, String fill) {
        NodeList rects = svg.getElementsByTagNameNS("*", "rect");
        List<Double> heights = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getAttribute("style").contains(fill)) {
                heights.add(Double.parseDouble(rect.getAttribute("height")));
            }
        }
        return heights;
    }
}
