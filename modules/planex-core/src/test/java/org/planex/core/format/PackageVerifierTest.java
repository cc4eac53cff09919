package org.planex.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.core.container.PackageLimits;
import org.planex.core.container.PackageSource;
import org.planex.model.Attachment;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.spi.ErrorKind;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanWriter;
import org.planex.spi.PlanexException;
import org.planex.spi.ReadContext;
import org.planex.spi.Sha256;
import org.planex.spi.WriteContext;
import org.planex.testkit.SamplePlans;

/** The verifier finds every integrity problem of a package in one run; the package reader throws the first. */
class PackageVerifierTest {

    private static final byte[] NOTE = "规划说明".getBytes(StandardCharsets.UTF_8);
    private static final byte[] MAP = "map".getBytes(StandardCharsets.UTF_8);
    private static final Attachment NOTE_ENTRY = new Attachment("attachments/note.txt", "text/plain", Sha256.of(NOTE),
            null);
    private static final Attachment MAP_ENTRY = new Attachment("attachments/map.txt", "text/plain", Sha256.of(MAP),
            null);

    @TempDir
    Path dir;

    @Test
    void anIntactPackageHasNoFindings() throws Exception {
        Path pkg = write();
        try (PackageSource source = PackageSource.open(pkg, PackageLimits.DEFAULT)) {
            assertThat(PackageVerifier.verifyPlan(source)).isEmpty();
            assertThat(PackageVerifier.verifyAttachments(source, List.of(NOTE_ENTRY, MAP_ENTRY))).isEmpty();
        }
    }

    @Test
    void aMissingAndATamperedAttachmentAreBothFoundInOneRun() throws Exception {
        Path pkg = write();
        Files.writeString(pkg.resolve(NOTE_ENTRY.path()), "edited");
        Files.delete(pkg.resolve(MAP_ENTRY.path()));
        List<PackageVerifier.Finding> findings;
        try (PackageSource source = PackageSource.open(pkg, PackageLimits.DEFAULT)) {
            findings = PackageVerifier.verifyAttachments(source, List.of(NOTE_ENTRY, MAP_ENTRY));
        }
        assertThat(findings).extracting(PackageVerifier.Finding::id)
                .containsExactly(PackageVerifier.CHECKSUM, PackageVerifier.ATTACHMENT_MISSING);
        assertThat(findings.get(0).message()).contains("checksum mismatch").contains(NOTE_ENTRY.sha256())
                .contains(Sha256.of("edited".getBytes(StandardCharsets.UTF_8)));
        assertThat(findings.get(0).location().toString()).endsWith("note.txt");
        assertThat(findings.get(1).message()).contains(MAP_ENTRY.path()).contains("add the file");
        assertThat(findings.get(1).location().toString()).endsWith("map.txt");
    }

    @Test
    void aPackageWithoutPlanXmlIsANoPlanFinding() throws Exception {
        Path pkg = write();
        Files.delete(pkg.resolve("plan.xml"));
        try (PackageSource source = PackageSource.open(pkg, PackageLimits.DEFAULT)) {
            List<PackageVerifier.Finding> findings = PackageVerifier.verifyPlan(source);
            assertThat(findings).extracting(PackageVerifier.Finding::id).containsExactly(PackageVerifier.NO_PLAN);
            assertThat(findings.get(0).location()).isEqualTo(source.location());
        }
    }

    @Test
    void theReaderThrowsTheFirstFindingAsUnreadableInput() throws Exception {
        Path pkg = write();
        Files.delete(pkg.resolve(NOTE_ENTRY.path()));
        Files.writeString(pkg.resolve(MAP_ENTRY.path()), "edited");
        PlanexException e = read(pkg);
        assertThat(e.getKind()).isEqualTo(ErrorKind.UNREADABLE_INPUT);
        assertThat(e.getReason()).contains("lacks it");
        assertThat(e.getLocation().toString()).endsWith("note.txt");
        Files.delete(pkg.resolve("plan.xml"));
        assertThat(read(pkg).getReason()).contains("no plan.xml at its root");
    }

    @Test
    void writingAttachmentContentOtherThanTheHeaderSaysIsInvalidDataAndLeavesNoPackage() throws Exception {
        Path target = dir.resolve("bad");
        SamplePlans s = SamplePlans.geographic();
        PlanHeader header = s.header("P", 5).withAttachments(List.of(NOTE_ENTRY));
        PlanexException e = catchThrowableOfType(PlanexException.class, () -> {
            try (PlanWriter w = new PlanexFormatProvider().openPlanWriter(WriteContext.of(target))) {
                w.begin(header);
                w.addAttachment(NOTE_ENTRY, new ByteArrayInputStream(MAP));
            }
        });
        assertThat(e.getKind()).as("the input is damaged, the output is writable").isEqualTo(ErrorKind.INVALID_DATA);
        assertThat(e.getReason()).contains("but the header says " + NOTE_ENTRY.sha256());
        assertThat(target).doesNotExist();
    }

    private PlanexException read(Path pkg) {
        return catchThrowableOfType(PlanexException.class, () -> {
            try (PlanReader r = new PlanexFormatProvider().openPlanReader(ReadContext.of(pkg))) {
                while (r.read() != null) {
                    r.header();
                }
            }
        });
    }

    private Path write() throws Exception {
        Path target = dir.resolve("pkg");
        SamplePlans s = SamplePlans.geographic();
        PlanHeader header = s.header("P", 5).withAttachments(List.of(NOTE_ENTRY, MAP_ENTRY));
        try (PlanWriter w = new PlanexFormatProvider().openPlanWriter(WriteContext.of(target))) {
            w.begin(header);
            w.addAttachment(NOTE_ENTRY, new ByteArrayInputStream(NOTE));
            w.addAttachment(MAP_ENTRY, new ByteArrayInputStream(MAP));
            for (PlanFeature f : s.featureList(5, 3)) {
                w.write(f);
            }
            w.finish();
        }
        return target;
    }
}
