package com.inventorytracker.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Kept as is and gzipped: repeated requests cost neither render nor compression. */
public record RenderedBody(byte[] raw, byte[] gzipped, String contentType) {

	/**
	 * The first visitor after a refresh waits for it. Over a 1.2 MB page, level 1 took 5
	 * ms for 214 KB, level 6 11 ms for 177 KB, level 9 33 ms for 169 KB.
	 */
	static final int GZIP_LEVEL = Deflater.BEST_SPEED;

	private static final byte[] GZIP_HEADER = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff };

	public static RenderedBody of(byte[] raw, String contentType) {
		return new RenderedBody(raw, gzip(raw, deflate(raw, true)), contentType);
	}

	/**
	 * Head and tail around a section compressed ahead (a page's rows): only they are
	 * compressed now. Each part is a run of deflate blocks byte-aligned by a sync flush,
	 * so the three make one gzip member.
	 */
	static RenderedBody around(byte[] head, Section section, byte[] tail, String contentType) {
		byte[] raw = Arrays.copyOf(head, head.length + section.raw().length + tail.length);
		System.arraycopy(section.raw(), 0, raw, head.length, section.raw().length);
		System.arraycopy(tail, 0, raw, head.length + section.raw().length, tail.length);
		return new RenderedBody(raw, gzip(raw, deflate(head, false), section.deflated(), deflate(tail, true)),
				contentType);
	}

	/** Deflated: raw blocks, not final, ending on a byte boundary. */
	record Section(byte[] raw, byte[] deflated) {

		static Section of(byte[] raw) {
			return new Section(raw, deflate(raw, false));
		}

		int weight() {
			return raw.length + deflated.length;
		}

	}

	int weight() {
		return raw.length + gzipped.length;
	}

	/** One gzip member of {@code raw}, deflated in parts whose last one is final. */
	private static byte[] gzip(byte[] raw, byte[]... deflated) {
		CRC32 crc = new CRC32();
		crc.update(raw);
		ByteBuffer gzip = ByteBuffer
			.allocate(GZIP_HEADER.length + Arrays.stream(deflated).mapToInt(part -> part.length).sum() + 8)
			.order(ByteOrder.LITTLE_ENDIAN)
			.put(GZIP_HEADER);
		for (byte[] part : deflated) {
			gzip.put(part);
		}
		return gzip.putInt((int) crc.getValue()).putInt(raw.length).array();
	}

	private static byte[] deflate(byte[] input, boolean last) {
		Deflater deflater = new Deflater(GZIP_LEVEL, true);
		try {
			deflater.setInput(input);
			if (last) {
				deflater.finish();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, input.length / 5));
			byte[] buffer = new byte[64 * 1024];
			// Without finish, a sync flush that fills the buffer may have more to give
			int written;
			do {
				written = deflater.deflate(buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
				out.write(buffer, 0, written);
			}
			while (last ? !deflater.finished() : written == buffer.length);
			return out.toByteArray();
		}
		finally {
			deflater.end();
		}
	}

}
