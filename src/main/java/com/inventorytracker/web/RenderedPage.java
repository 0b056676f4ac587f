package com.inventorytracker.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A rendered page held as bytes, plain and gzip-compressed, with one hole: the seconds of its
 * {@code <noscript>} meta refresh. That value depends on the time of each request, while everything else
 * depends only on the snapshot and the query, so the page is rendered and compressed once and the hole is
 * filled per request.
 * <p>
 * The gzip form stays one gzip member (browsers ignore anything after the first member): the head is
 * deflated and sync-flushed to a byte boundary, the seconds follow as a stored (uncompressed) deflate block,
 * the tail is deflated on its own so that it never refers back into the hole, and the trailer's CRC is
 * combined from the three parts' CRCs. Filling the hole costs a few bytes and a few multiplications.
 */
final class RenderedPage {

    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final byte[] head;
    private final byte[] tail;
    private final byte[] gzipHead;
    private final byte[] gzipTail;
    private final int headCrc;
    private final int tailCrc;
    private final int tailShift;

    private RenderedPage(byte[] head, byte[] tail) {
        this.head = head;
        this.tail = tail;
        this.gzipHead = concat(GZIP_HEADER, deflate(head, false));
        this.gzipTail = deflate(tail, true);
        this.headCrc = crc(head);
        this.tailCrc = crc(tail);
        this.tailShift = Crc32.shiftOperator(tail.length);
    }

    /**
     * Splits {@code html} at the first {@code hole}. The hole must come before any data shown on the page (it
     * sits in {@code <head>}), so that text from the data can never be mistaken for it.
     */
    static RenderedPage split(String html, String hole) {
        int at = html.indexOf(hole);
        if (at < 0) {
            throw new IllegalStateException("The rendered page has no refresh placeholder");
        }
        return new RenderedPage(html.substring(0, at).getBytes(StandardCharsets.UTF_8),
                html.substring(at + hole.length()).getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes held, for the cache's bound. */
    int weight() {
        return head.length + tail.length + gzipHead.length + gzipTail.length;
    }

    int length(String filling, boolean gzip) {
        int fill = filling.length();
        return gzip ? gzipHead.length + storedBlockHeader(fill).length + fill + gzipTail.length + 8
                : head.length + fill + tail.length;
    }

    /** Writes the page with {@code filling} (ASCII) in the hole. */
    void write(OutputStream out, String filling, boolean gzip) throws IOException {
        byte[] fill = filling.getBytes(StandardCharsets.US_ASCII);
        if (!gzip) {
            out.write(head);
            out.write(fill);
            out.write(tail);
            return;
        }
        out.write(gzipHead);
        out.write(storedBlockHeader(fill.length));
        out.write(fill);
        out.write(gzipTail);
        int crc = Crc32.combine(Crc32.extend(headCrc, fill), tailCrc, tailShift);
        long size = (long) head.length + fill.length + tail.length;
        out.write(littleEndian(crc, (int) size));
    }

    /** A non-final stored block: the head's sync flush left the stream on a byte boundary. */
    private static byte[] storedBlockHeader(int length) {
        return new byte[] {0, (byte) length, (byte) (length >>> 8), (byte) ~length, (byte) (~length >>> 8)};
    }

    private static byte[] deflate(byte[] input, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(input);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, input.length / 6));
            byte[] buffer = new byte[64 * 1024];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            }
            else {
                int written;
                do {
                    written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, written);
                }
                while (written == buffer.length);
            }
            return out.toByteArray();
        }
        finally {
            deflater.end();
        }
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    private static byte[] littleEndian(int first, int second) {
        return new byte[] {(byte) first, (byte) (first >>> 8), (byte) (first >>> 16), (byte) (first >>> 24),
            (byte) second, (byte) (second >>> 8), (byte) (second >>> 16), (byte) (second >>> 24)};
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

}
