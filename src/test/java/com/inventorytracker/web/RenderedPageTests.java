package com.inventorytracker.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RenderedPageTests {

    private static final String HOLE = "REFRESH-SECONDS";

    @Test
    void plainBytesCarryTheFillingInTheHole() throws IOException {
        RenderedPage page = RenderedPage.split("<head><meta content=\"" + HOLE + "\"></head><p>Ä</p>", HOLE);

        assertThat(text(page, "315", false)).isEqualTo("<head><meta content=\"315\"></head><p>Ä</p>");
        assertThat(page.length("315", false)).isEqualTo(bytes(page, "315", false).length);
    }

    @Test
    void gzipBytesAreOneValidMemberWhateverTheFilling() throws IOException {
        String tail = "\"></head><body>" + "<tr data-product-id=\"abc\"><td>KOLHEMAK NORMAL Ö</td></tr>".repeat(5000);
        RenderedPage page = RenderedPage.split("<html><head><meta content=\"" + HOLE + tail, HOLE);

        for (String filling : new String[] {"15", "310", "7", "86400"}) {
            byte[] gzip = bytes(page, filling, true);
            assertThat(gunzip(gzip)).isEqualTo("<html><head><meta content=\"" + filling + tail);
            assertThat(page.length(filling, true)).isEqualTo(gzip.length);
        }
        assertThat(bytes(page, "310", true).length).isLessThan(tail.length() / 20);
    }

    @Test
    void gzipBytesEndTheirSingleDeflateStreamRightBeforeTheTrailer() throws Exception {
        RenderedPage page = RenderedPage.split("<head>" + HOLE + "</head>" + "<td>ÄÖ</td>".repeat(2000), HOLE);
        byte[] gzip = bytes(page, "42", true);

        Inflater inflater = new Inflater(true);
        inflater.setInput(gzip, 10, gzip.length - 10);
        byte[] out = new byte[64 * 1024];
        while (!inflater.finished()) {
            inflater.inflate(out);
        }
        assertThat(inflater.getRemaining()).isEqualTo(8);
        inflater.end();
    }

    @Test
    void crcCombinationMatchesTheCrcOfTheWholeRun() {
        Random random = new Random(7);
        for (int run = 0; run < 50; run++) {
            byte[] first = randomBytes(random, random.nextInt(300));
            byte[] second = randomBytes(random, random.nextInt(100_000));
            assertThat(Crc32.combine(crc(first), crc(second), Crc32.shiftOperator(second.length)))
                .isEqualTo(crc(concat(first, second)));
        }
    }

    @Test
    void crcExtensionMatchesTheCrcOfTheWholeRun() {
        byte[] first = "<meta content=\"".getBytes(StandardCharsets.US_ASCII);
        byte[] second = "3600".getBytes(StandardCharsets.US_ASCII);

        assertThat(Crc32.extend(crc(first), second)).isEqualTo(crc(concat(first, second)));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] whole = new byte[first.length + second.length];
        System.arraycopy(first, 0, whole, 0, first.length);
        System.arraycopy(second, 0, whole, first.length, second.length);
        return whole;
    }

    private static String text(RenderedPage page, String filling, boolean gzip) throws IOException {
        return new String(bytes(page, filling, gzip), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(RenderedPage page, String filling, boolean gzip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        page.write(out, filling, gzip);
        return out.toByteArray();
    }

    static String gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }

}
