package dev.planrun.sql.script;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/** Counts the bytes read through it, reporting each read's count, and optionally hashes them (SHA-256). */
final class CountingDigestStream extends FilterInputStream {

    private final MessageDigest digest;
    private final LongConsumer onRead;
    private long count;

    CountingDigestStream(InputStream in, LongConsumer onRead, boolean hash) {
        super(in);
        this.onRead = onRead;
        try {
            this.digest = hash ? MessageDigest.getInstance("SHA-256") : null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && digest != null) {
            digest.update((byte) b);
        }
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0 && digest != null) {
            digest.update(buf, off, n);
        }
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) {
        count += n;
        onRead.accept(n);
    }

    long count() {
        return count;
    }

    /** The hash of everything read (null when not hashing); call once, at the end. */
    String sha256() {
        return digest == null ? null : HexFormat.of().formatHex(digest.digest());
    }
}
