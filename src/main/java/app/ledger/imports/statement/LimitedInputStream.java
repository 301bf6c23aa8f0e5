package app.ledger.imports.statement;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses, with {@link ImportTooLargeException}, to deliver more than a set number of bytes. */
final class LimitedInputStream extends FilterInputStream {

    private final long max;
    private long read;

    LimitedInputStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) {
        read += n;
        if (read > max) {
            throw ImportTooLargeException.bytes(max);
        }
    }
}
