package org.dyad.server.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection of one load client: it sends a GET and reads the answer's
 * status, headers and body (by {@code Content-Length}, or chunked), checking that the body is one
 * whole JSON object by its first and last bytes, and nothing more. A load client that cost as much
 * CPU as the server would measure itself on a machine whose cores the two share: the JDK's
 * HttpClient spent about 0.7 ms of CPU per answer of the mix, this connection a small part of that.
 * Connects again after the server closes the connection or an error.
 */
final class LoopbackConnection implements AutoCloseable {
    private final String host;
    private final int port;
    private final byte[] body = new byte[1 << 16];
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    LoopbackConnection(URI base) {
        this.host = base.getHost();
        this.port = base.getPort();
    }

    /** Whether GET {@code path} answered 200 with a body that looks like one whole JSON object. */
    boolean get(String path) throws IOException {
        try {
            return exchange(path);
        } catch (IOException e) {
            close(); // a connection the server closed while idle: once more on a new one
            return exchange(path);
        }
    }

    private boolean exchange(String path) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(120_000); // the first request waits for the read model to load
            socket.connect(new InetSocketAddress(host, port), 5_000);
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            out = socket.getOutputStream();
        }
        out.write(("GET /" + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String status = line();
        int code = status.length() >= 12 ? Integer.parseInt(status.substring(9, 12)) : -1;
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        int[] ends = {-1, -1};
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                    size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                read(size, ends);
                line(); // the CRLF after the chunk
            }
            for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                // trailers are not used
            }
        } else if (length >= 0) {
            read(length, ends);
        } else {
            close = true; // a body up to the end of the connection: not sent by this server
        }
        if (close) {
            close();
        }
        return code == 200 && ends[0] == '{' && ends[1] == '}';
    }

    /** Reads {@code n} body bytes, keeping the first byte of the body and the last one seen. */
    private void read(long n, int[] ends) throws IOException {
        while (n > 0) {
            int got = in.read(body, 0, (int) Math.min(n, body.length));
            if (got < 0) {
                throw new IOException("the server closed the connection in the middle of a body");
            }
            if (ends[0] < 0) {
                ends[0] = body[0];
            }
            ends[1] = body[got - 1];
            n -= got;
        }
    }

    /** One header line without its CRLF. */
    private String line() throws IOException {
        StringBuilder b = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the server closed the connection");
            }
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a connection we are done with
            }
        }
        socket = null;
    }
}
