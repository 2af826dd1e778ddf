package io.floorview.app.cli;

import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.function.Supplier;

/** How the {@code feed} command names the address it listens on: in its ready line and when it cannot listen. */
final class FeedAddress {

    private FeedAddress() {
    }

    /**
     * The URL a console gives as {@code --feed} to reach a server listening on {@code bound} (given on the
     * command line as {@code bindText}). An IPv6 literal goes in brackets ({@code http://[::1]:7411}). A server
     * listening on all addresses ({@code 0.0.0.0}, {@code ::}) has no address of its own to name, so the URL
     * names this computer by {@code hostName} (see {@link #localHostName()}).
     */
    static String url(boolean tls, InetAddress bound, String bindText, int port, Supplier<String> hostName) {
        String host = bound.isAnyLocalAddress() ? hostName.get() : bindText;
        return (tls ? "https://" : "http://") + urlHost(host) + ":" + port;
    }

    /** The address and port listened on, as given: {@code 0.0.0.0:7411}, {@code [::]:7411}, {@code [::1]:7411}. */
    static String listen(String bindText, int port) {
        return urlHost(bindText) + ":" + port;
    }

    /** {@code host} as a URL's host: an IPv6 literal in brackets, its zone's {@code %} escaped; anything else as it is. */
    static String urlHost(String host) {
        if (host.startsWith("[") || !host.contains(":")) {
            return host;
        }
        return "[" + host.replace("%", "%25") + "]";
    }

    /** This computer's host name, for consoles on other computers; the loopback address when it has none. */
    static String localHostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            if (name != null && !name.isBlank()) {
                return name;
            }
        } catch (UnknownHostException | SecurityException e) {
            // no name that resolves: fall through to loopback
        }
        return InetAddress.getLoopbackAddress().getHostAddress();
    }

    /** The line a user reads when the server cannot listen on {@code listen} (as {@link #listen} gives it). */
    static String cannotListen(String listen, BindException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (reason.contains("already in use")) {
            return "cannot listen on " + listen + ": that address and port are already in use (another feed server,"
                    + " or another program); stop it or give another --port (--port 0 picks a free one)";
        }
        if (reason.contains("assign")) {
            return "cannot listen on " + listen + ": that is not an address of this computer; give one of its"
                    + " addresses as --bind (0.0.0.0 for all of them)";
        }
        if (reason.contains("permission") || reason.contains("denied")) {
            return "cannot listen on " + listen + ": permission denied (ports below 1024 need privileges);"
                    + " give a --port from 1024 up";
        }
        return "cannot listen on " + listen + ": " + e.getMessage();
    }
}
