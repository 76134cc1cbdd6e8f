package io.camelzuora.jobs.internal.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelzuora.jobs.exception.InvalidCsvException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartSpoolerTest {

    @TempDir
    Path dir;

    @Test
    void partsEndAtRecordBoundariesRepeatTheHeaderAndKeepQuotedLineBreaks() throws IOException {
        String csv = "name__c,flight__c\r\nAda,ZU1\r\n\"Line\r\nbreak, and \"\"quotes\"\"\",ZU2\nBob,ZU3\n\nCy,ZU4";
        List<SpooledPart> parts = spool(csv, 60);

        assertThat(parts).extracting(SpooledPart::index).containsExactly(0, 1, 2);
        assertThat(parts).extracting(SpooledPart::firstRecord).containsExactly(1L, 2L, 3L);
        assertThat(parts).extracting(SpooledPart::lastRecord).containsExactly(1L, 2L, 4L);
        assertThat(text(parts.get(0))).isEqualTo("name__c,flight__c\r\nAda,ZU1\r\n");
        assertThat(text(parts.get(1))).isEqualTo("name__c,flight__c\r\n\"Line\r\nbreak, and \"\"quotes\"\"\",ZU2\r\n");
        assertThat(text(parts.get(2))).isEqualTo("name__c,flight__c\r\nBob,ZU3\r\nCy,ZU4\r\n");
        assertThat(parts).allSatisfy(part -> assertThat(Files.size(part.file())).isEqualTo(part.bytes())
                .isLessThanOrEqualTo(60));
    }

    @Test
    void aByteOrderMarkIsDropped() throws IOException {
        List<SpooledPart> parts = spool("\uFEFFname__c\nAda\n", 1000);
        assertThat(text(parts.get(0))).isEqualTo("name__c\r\nAda\r\n");
    }

    @Test
    void badInputIsNamedByItsRecordNumber() {
        assertThatThrownBy(() -> spool("name__c,age__c\nAda,1\n\"Bob,2\nCy,3\n", 1000))
                .isInstanceOf(InvalidCsvException.class).hasMessageContaining("record 2 has unbalanced quotes")
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> spool("name__c,age__c\nAda,1\nB\"ob,2\n", 1000))
                .hasMessageContaining("record 2 has unbalanced quotes");
        assertThatThrownBy(() -> spool("name__c,age__c\nAda,1\n\"Bob\"x,2\n", 1000))
                .hasMessageContaining("record 2 has unbalanced quotes");
        assertThatThrownBy(() -> spool("name__c,age__c\nAda,1\nBob,2,3\n", 1000))
                .hasMessageContaining("record 2 has 3 fields but the header has 2");
        assertThatThrownBy(() -> spool("name__c,age__c\nAda,1\nBob,2\nCy,3\nDee,4\nThis one is far too long,5\n", 30))
                .hasMessageContaining("record 5 is 26 bytes").hasMessageContaining("partSize 30");
        assertThatThrownBy(() -> spool("", 1000)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> spool("name__c,age__c\n", 1000)).hasMessageContaining("has a header row but no records");
    }

    @Test
    void invalidUtf8IsNamedByItsRecordNumber() {
        byte[] latin1 = "name__c\nAda\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> spool(new CsvRecordReader(new ByteArrayInputStream(latin1), "the test", 1000), 1000))
                .isInstanceOf(InvalidCsvException.class).hasMessageContaining("record 2 is not UTF-8");
    }

    @Test
    void mapRecordsAreWrittenAsCsvWithTheFirstRecordsColumns() throws IOException {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("name__c", "Ada, Countess");
        first.put("age__c", 36);
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("age__c", null);
        second.put("name__c", "Say \"hi\"\nthere");
        List<SpooledPart> parts = spool(new MapRecordSource(List.of(first, second).iterator(), null, "the test"), 1000);

        assertThat(text(parts.get(0)))
                .isEqualTo("name__c,age__c\r\n\"Ada, Countess\",36\r\n\"Say \"\"hi\"\"\nthere\",\r\n");
    }

    @Test
    void mapRecordsWithOtherKeysAreRefused() {
        List<Map<String, Object>> records = List.of(Map.of("name__c", "Ada"), Map.of("name__c", "Bob"),
                Map.of("name__c", "Cy", "age__c", 3));
        assertThatThrownBy(() -> spool(new MapRecordSource(records.iterator(), null, "the test"), 1000))
                .isInstanceOf(InvalidCsvException.class).hasMessageContaining("record 3 has the keys")
                .hasMessageContaining("[name__c]");
        assertThatThrownBy(() -> spool(new MapRecordSource(List.of().iterator(), null, "the test"), 1000))
                .hasMessageContaining("empty");
    }

    private List<SpooledPart> spool(String csv, int partSize) throws IOException {
        return spool(new CsvRecordReader(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "the test",
                partSize), partSize);
    }

    private List<SpooledPart> spool(RecordSource source, int partSize) throws IOException {
        List<SpooledPart> parts = new ArrayList<>();
        try (PartSpooler spooler = new PartSpooler(source, partSize, dir)) {
            for (SpooledPart part = spooler.next(); part != null; part = spooler.next()) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static String text(SpooledPart part) throws IOException {
        return Files.readString(part.file());
    }
}
