package com.trunkreleasehelper.progress.aws;

import com.trunkreleasehelper.progress.StoreDeadline;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * A TCP socket whose every read waits at most until the current deadline, and none starts after it. A
 * per-read timeout alone does not bound a server that drips one byte at a time; re-arming the timeout
 * with the time left before each read does. TLS is layered on top of this socket, so the handshake's
 * reads are bounded the same way. Writes are not: the requests are a few hundred bytes, which the
 * socket's send buffer takes without waiting.
 */
final class DeadlineSocket extends Socket {

    private volatile StoreDeadline deadline;
    private InputStream in;

    DeadlineSocket(StoreDeadline deadline) {
        this.deadline = deadline;
    }

    /** The deadline for the next exchange on this (reused) connection. */
    void arm(StoreDeadline next) {
        this.deadline = next;
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
        if (in == null) {
            in = new FilterInputStream(super.getInputStream()) {
                @Override
                public int read() throws IOException {
                    armForOneRead();
                    return super.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    armForOneRead();
                    return super.read(buffer, offset, length);
                }
            };
        }
        return in;
    }

    private void armForOneRead() throws IOException {
        long left = deadline.remainingMillis();
        if (left <= 0) {
            throw new SocketTimeoutException("the store deadline has passed");
        }
        setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
    }
}
