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
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        // an SVG a reader can open on the repository page, drawn with PlantUML's own layout engine
        String source = Files.readString(DOCS.resolve("components.puml"))
                .replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
        try (OutputStream svg = Files.newOutputStream(DOCS.resolve("components.svg"))) {
            new SourceStringReader(source).outputImage(svg, new FileFormatOption(FileFormat.SVG));
        }
        assertThat(Files.readString(DOCS.resolve("components.svg"))).contains("<svg").contains("Session").contains("Kiosk");
    }
}
