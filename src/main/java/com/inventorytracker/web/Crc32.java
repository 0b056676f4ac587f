package com.inventorytracker.web;

/**
 * CRC-32 arithmetic that {@link java.util.zip.CRC32} does not offer: continuing a finished CRC over a few more
 * bytes, and combining the CRCs of two byte runs without reading them again (zlib's {@code crc32_combine}). It
 * lets a cached gzip body take a different refresh value per request without recompressing or rescanning.
 */
final class Crc32 {

    private static final int POLYNOMIAL = 0xEDB88320;

    /** x^(2^k) modulo the polynomial, for k = 0..31, in reflected bit order. */
    private static final int[] X_POWER_OF_TWO = powersOfTwo();

    private Crc32() {
    }

    /** The CRC of the bytes that gave {@code crc} followed by {@code bytes}; for short runs only. */
    static int extend(int crc, byte[] bytes) {
        int register = ~crc;
        for (byte value : bytes) {
            register ^= value & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                register = (register >>> 1) ^ (POLYNOMIAL & -(register & 1));
            }
        }
        return ~register;
    }

    /** The operator that shifts a CRC over {@code length} zero bytes; compute it once per suffix. */
    static int shiftOperator(long length) {
        int power = 1 << 31;
        int k = 3;
        for (long n = length; n != 0; n >>>= 1, k++) {
            if ((n & 1) != 0) {
                power = multiply(X_POWER_OF_TWO[k & 31], power);
            }
        }
        return power;
    }

    /** The CRC of A then B, from CRC(A), CRC(B) and {@link #shiftOperator} of B's length. */
    static int combine(int crcFirst, int crcSecond, int secondShiftOperator) {
        return multiply(secondShiftOperator, crcFirst) ^ crcSecond;
    }

    /** Multiplication modulo the CRC polynomial; {@code a} is never zero here (a power of x). */
    private static int multiply(int a, int b) {
        int mask = 1 << 31;
        int product = 0;
        while (true) {
            if ((a & mask) != 0) {
                product ^= b;
                if ((a & (mask - 1)) == 0) {
                    return product;
                }
            }
            mask >>>= 1;
            b = (b & 1) != 0 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1;
        }
    }

    private static int[] powersOfTwo() {
        int[] table = new int[32];
        int power = 1 << 30;
        table[0] = power;
        for (int n = 1; n < 32; n++) {
            power = multiply(power, power);
            table[n] = power;
        }
        return table;
    }

}
