package io.floorview.service.audio;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the header of a RIFF/WAVE stream and then its samples, as signed 16-bit values (8-bit samples are
 * scaled up). Reads linear PCM, 8 or 16 bits, mono or stereo, also in the WAVE_FORMAT_EXTENSIBLE wrapping;
 * chunks it does not need ({@code LIST}, {@code fact}, …) are skipped. A data chunk whose size is missing or
 * larger than the stream (a recording still being written) is read to the end of the stream.
 */
final class WavReader {

    private static final int PCM = 1;
    private static final int EXTENSIBLE = 0xFFFE;

    private final InputStream in;
    final int sampleRate;
    final int channels;
    final int bits;
    /** Bytes of sample data announced, or -1 when unknown (read to the end). */
    final long dataBytes;
    private long dataRead;

    WavReader(InputStream in) throws IOException {
        this.in = in;
        byte[] riff = readExactly(12, "the file is empty or too short to be a WAV file");
        if (!ascii(riff, 0).equals("RIFF") || !ascii(riff, 8).equals("WAVE")) {
            throw new WavFormatException("not a WAV file: it does not start with a RIFF/WAVE header");
        }
        int[] fmt = null;
        while (true) {
            byte[] head;
            try {
                head = readExactly(8, null);
            } catch (EOFException e) {
                throw new WavFormatException(fmt == null ? "the WAV file has no format (fmt) chunk"
                        : "the WAV file has no sample data (data chunk)");
            }
            String id = ascii(head, 0);
            long size = u32(head, 4);
            if (id.equals("fmt ")) {
                if (size < 16) {
                    throw new WavFormatException("the WAV format chunk is too short (" + size + " bytes)");
                }
                byte[] body = readExactly((int) size, "the WAV format chunk is cut short");
                skip(size & 1);
                fmt = format(body);
            } else if (id.equals("data")) {
                if (fmt == null) {
                    throw new WavFormatException("the WAV sample data comes before its format (fmt) chunk");
                }
                sampleRate = fmt[1];
                channels = fmt[0];
                bits = fmt[2];
                dataBytes = size == 0xFFFFFFFFL ? -1 : size;
                return;
            } else {
                skip(size + (size & 1));
            }
        }
    }

    /** [channels, sampleRate, bits], or throws saying what the format is instead. */
    private static int[] format(byte[] b) throws WavFormatException {
        int tag = u16(b, 0);
        int channels = u16(b, 2);
        long rate = u32(b, 4);
        int blockAlign = u16(b, 12);
        int bits = u16(b, 14);
        if (tag == EXTENSIBLE && b.length >= 26) {
            tag = u16(b, 24);
        }
        if (tag != PCM) {
            throw new WavFormatException("the WAV file holds " + formatName(tag)
                    + " audio; Floorview reads linear PCM (8 or 16 bits, mono or stereo)");
        }
        if (bits != 8 && bits != 16) {
            throw new WavFormatException("the WAV file has " + bits + "-bit samples; Floorview reads 8 and 16 bits");
        }
        if (channels != 1 && channels != 2) {
            throw new WavFormatException("the WAV file has " + channels + " channels; Floorview reads mono and stereo");
        }
        if (rate < 1 || rate > io.floorview.domain.audio.PcmAudio.MAX_SAMPLE_RATE) {
            throw new WavFormatException("the WAV file's sample rate " + rate + " Hz is not one Floorview can play");
        }
        if (blockAlign != channels * bits / 8) {
            throw new WavFormatException("the WAV file's frame size (" + blockAlign + " bytes) does not match "
                    + channels + " channels of " + bits + " bits");
        }
        return new int[] {channels, (int) rate, bits};
    }

    private static String formatName(int tag) {
        return switch (tag) {
            case 3 -> "floating-point";
            case 6 -> "A-law";
            case 7 -> "µ-law";
            case 0x11 -> "IMA ADPCM";
            case 0x31 -> "GSM 6.10";
            case 0x55 -> "MP3";
            default -> "compressed (format " + tag + ")";
        };
    }

    /**
     * Reads up to {@code into.length} samples (a multiple of the channel count); returns how many, 0 at the
     * end of the data.
     */
    int read(short[] into) throws IOException {
        int bytesPerSample = bits / 8;
        int frameBytes = bytesPerSample * channels;
        long want = (long) into.length / channels * frameBytes;
        if (dataBytes >= 0) {
            want = Math.min(want, (dataBytes - dataRead) / frameBytes * frameBytes);
        }
        byte[] buf = new byte[(int) want];
        int got = 0;
        while (got < buf.length) {
            int n = in.read(buf, got, buf.length - got);
            if (n < 0) {
                break;
            }
            got += n;
        }
        got -= got % frameBytes;
        dataRead += got;
        int samples = got / bytesPerSample;
        for (int i = 0; i < samples; i++) {
            into[i] = bits == 8 ? (short) (((buf[i] & 0xFF) - 128) << 8)
                    : (short) ((buf[2 * i] & 0xFF) | (buf[2 * i + 1] << 8));
        }
        return samples;
    }

    private byte[] readExactly(int n, String whenShort) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            if (whenShort == null) {
                throw new EOFException();
            }
            throw new WavFormatException(whenShort);
        }
        return b;
    }

    private void skip(long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    return;
                }
                s = 1;
            }
            left -= s;
        }
    }

    private static String ascii(byte[] b, int at) {
        return new String(b, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
