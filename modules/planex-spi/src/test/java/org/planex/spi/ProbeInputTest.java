package org.planex.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The root tag of an XML head, found without parsing. */
class ProbeInputTest {

    @Test
    void rootTagSkipsDeclarationCommentsAndDoctype(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("a.gml"), "<?xml version=\"1.0\"?>\n<!-- note -->\n<!DOCTYPE x>\n"
                + "<gml:FeatureCollection xmlns:gml=\"http://www.opengis.net/gml/3.2\" gml:id=\"c\">\n<x/>");
        assertThat(ProbeInput.of(f).xmlRootTag())
                .isEqualTo("<gml:FeatureCollection xmlns:gml=\"http://www.opengis.net/gml/3.2\" gml:id=\"c\"");
    }

    @Test
    void aHeadWithoutElementHasNoRootTag(@TempDir Path dir) throws IOException {
        assertThat(ProbeInput.of(Files.writeString(dir.resolve("b.txt"), "plain text")).xmlRootTag()).isNull();
        assertThat(ProbeInput.of(Files.writeString(dir.resolve("c.xml"), "<?xml version=\"1.0\"?>")).xmlRootTag())
                .isNull();
    }

    @Test
    void aRootTagCutByTheEndOfTheHeadIsGivenAsFarAsItGoes(@TempDir Path dir) throws IOException {
        String longTag = "<root a=\"" + "x".repeat(ProbeInput.HEAD_SIZE) + "\"/>";
        String tag = ProbeInput.of(Files.writeString(dir.resolve("d.xml"), longTag)).xmlRootTag();
        assertThat(tag).startsWith("<root a=\"xxx").hasSize(ProbeInput.HEAD_SIZE);
    }
}
