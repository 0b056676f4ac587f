package com.inventorytracker.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A response body rendered once and kept both as is and gzip-compressed, so that repeated
 * requests cost neither rendering nor compression.
 *
 * @param contentType the full Content-Type value, charset included
 */
public record RenderedBody(byte[] raw, byte[] gzipped, String contentType) {

	/**
	 * A fresh body is compressed while its first visitor waits: see {@link #gzip} for why
	 * this level.
	 */
	static final int GZIP_LEVEL = Deflater.BEST_SPEED;

	private static final byte[] GZIP_HEADER = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff };

	public static RenderedBody of(byte[] raw, String contentType) {
		return new RenderedBody(raw, gzip(raw), contentType);
	}

	/**
	 * A body of a small head and tail around a large section compressed ahead of time (a
	 * page's rows, kept per snapshot and query while the status around them changes):
	 * only the head and tail are compressed now. Each part is its own run of deflate
	 * blocks, byte-aligned by a sync flush, so that the three make one gzip member.
	 */
	static RenderedBody around(byte[] head, Section section, byte[] tail, String contentType) {
		byte[] raw = new byte[head.length + section.raw().length + tail.length];
		System.arraycopy(head, 0, raw, 0, head.length);
		System.arraycopy(section.raw(), 0, raw, head.length, section.raw().length);
		System.arraycopy(tail, 0, raw, head.length + section.raw().length, tail.length);
		CRC32 crc = new CRC32();
		crc.update(raw);
		ByteArrayOutputStream gzip = new ByteArrayOutputStream(section.deflated().length + 8192);
		gzip.writeBytes(GZIP_HEADER);
		gzip.writeBytes(deflate(head, false));
		gzip.writeBytes(section.deflated());
		gzip.writeBytes(deflate(tail, true));
		gzip.writeBytes(littleEndian((int) crc.getValue()));
		gzip.writeBytes(littleEndian(raw.length));
		return new RenderedBody(raw, gzip.toByteArray(), contentType);
	}

	/**
	 * Bytes compressed once for use inside {@link #around} bodies.
	 *
	 * @param deflated raw deflate blocks, not final, ending on a byte boundary
	 */
	record Section(byte[] raw, byte[] deflated) {

		static Section of(byte[] raw) {
			return new Section(raw, deflate(raw, false));
		}

		int weight() {
			return raw.length + deflated.length;
		}

	}

	/** Bytes held, for the weight of the bounded cache. */
	int weight() {
		return raw.length + gzipped.length;
	}

	/**
	 * At the fastest level: measured over a 1.2 MB full page, level 1 took 5 ms for 214
	 * KB, level 6 11 ms for 177 KB and level 9 (before) 33 ms for 169 KB. The first
	 * visitor after each refresh waits for it, and the few kilobytes more cost a worker
	 * less than the wait.
	 */
	private static byte[] gzip(byte[] raw) {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(64, raw.length / 6));
		try (GZIPOutputStream gzip = new LevelledGzip(compressed)) {
			gzip.write(raw);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("gzip into memory cannot fail", ex);
		}
		return compressed.toByteArray();
	}

	private static byte[] deflate(byte[] input, boolean last) {
		Deflater deflater = new Deflater(GZIP_LEVEL, true);
		try {
			deflater.setInput(input);
			ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, input.length / 5));
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

	private static byte[] littleEndian(int value) {
		return new byte[] { (byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24) };
	}

	private static final class LevelledGzip extends GZIPOutputStream {

		LevelledGzip(OutputStream out) throws IOException {
			super(out, 64 * 1024);
			def.setLevel(GZIP_LEVEL);
		}

	}

}
