package id.kiosmandiri;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's modules (one per top-level package) hold their boundaries: no cycles, other
 * modules used only through their API. The same run writes the module documentation to
 * {@code docs/architecture/} (component diagram and one canvas per module).
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    private static final Path DOCS = Path.of("docs/architecture");

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws Exception {
        Path components = DOCS.resolve("components.puml");
        String drawnFrom = Files.exists(components) ? Files.readString(components) : "";
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        // the Documenter's order of arrows and list items varies between runs: sort them, so the
        // files in the repository change only when the modules do
        try (var files = Files.list(DOCS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml") || f.toString().endsWith(".adoc")).toList()) {
                Files.write(file, sortedRuns(Files.readAllLines(file)));
            }
        }
        // an SVG a reader can open on the repository page, drawn with PlantUML's own layout engine; drawn
        // again only when the diagram changed (the drawing is most of this test's time)
        String diagram = Files.readString(components);
        if (!diagram.equals(drawnFrom) || !Files.exists(DOCS.resolve("components.svg"))) {
            String source = diagram.replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
            try (OutputStream svg = Files.newOutputStream(DOCS.resolve("components.svg"))) {
                new SourceStringReader(source).outputImage(svg, new FileFormatOption(FileFormat.SVG));
            }
        }
        assertThat(Files.readString(DOCS.resolve("components.svg"))).contains("<svg").contains("Session").contains("Kiosk");
    }

    /**
     * The lines with each run of arrows ({@code Rel(...)}) or list items ({@code * ...}, the first
     * one of a table cell written {@code |* ...}) sorted in place; all other lines stay where they are.
     */
    static List<String> sortedRuns(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        boolean cellStart = false;
        for (String line : lines) {
            boolean item = line.startsWith("* ") || line.startsWith("Rel(");
            boolean firstOfCell = line.startsWith("|* ");
            if ((item && !run.isEmpty() && sameKind(run.getFirst(), line)) || (item && run.isEmpty())) {
                run.add(line);
                continue;
            }
            flush(out, run, cellStart);
            cellStart = firstOfCell;
            if (firstOfCell) {
                run.add(line.substring(1));
            } else if (item) {
                run.add(line);
            } else {
                out.add(line);
            }
        }
        flush(out, run, cellStart);
        return out;
    }

    private static boolean sameKind(String a, String b) {
        return a.startsWith("Rel(") == b.startsWith("Rel(");
    }

    private static void flush(List<String> out, List<String> run, boolean cellStart) {
        run.sort(null);
        for (int i = 0; i < run.size(); i++) {
            out.add(i == 0 && cellStart ? "|" + run.get(i) : run.get(i));
        }
        run.clear();
    }
}
