package io.floorview.feed.asterisk.ami;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how to reach an Asterisk Manager Interface, from a source URI:
 * {@code ami://USER:SECRET@HOST:PORT?wrapup=30,sales:45&journal=PATH}.
 *
 * <ul>
 *   <li>The secret may be left out of the URI and given in the environment variable
 *       {@value #SECRET_ENV} instead, so that it does not show in the process list.</li>
 *   <li>The port defaults to {@value #DEFAULT_PORT}.</li>
 *   <li>{@code wrapup}: the after-call work time in seconds that Asterisk gives agents (queues.conf
 *       {@code wrapuptime}), for every queue ({@code 30}) and per queue ({@code sales:45}); AMI does not tell
 *       it. Default 0.</li>
 *   <li>{@code journal}: the file that keeps the feed across restarts (default: chosen by the caller).</li>
 * </ul>
 *
 * @param wrapUpSec per queue; the key {@code ""} holds the default for the others
 */
public record AmiEndpoint(String host, int port, String user, String secret, Map<String, Integer> wrapUpSec,
                          Path journal) {

    public static final String SECRET_ENV = "FLOORVIEW_AMI_SECRET";
    public static final int DEFAULT_PORT = 5038;

    public AmiEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(secret, "secret");
        wrapUpSec = Map.copyOf(wrapUpSec);
    }

    /**
     * Reads {@code ami://…}. The secret comes from the URI, else from {@code env}'s {@value #SECRET_ENV}.
     *
     * @throws IllegalArgumentException with a message for the user when the URI is not usable
     */
    public static AmiEndpoint parse(String text, Map<String, String> env) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + redact(text) + "' is not a valid AMI address (" + e.getReason()
                    + "); use ami://USER:SECRET@HOST:5038, with special characters of the secret percent-encoded,"
                    + " or give the secret in " + SECRET_ENV);
        }
        if (!"ami".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("an AMI address starts with ami://, not '" + redact(text) + "'");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("'" + redact(text) + "' names no host; use ami://USER:SECRET@HOST:5038");
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is out of range (1-65535)");
        }
        String info = uri.getUserInfo();
        if (info == null || info.isBlank() || info.startsWith(":")) {
            throw new IllegalArgumentException("'" + redact(text) + "' names no manager user;"
                    + " use ami://USER:SECRET@HOST:5038 with a user of Asterisk's manager.conf");
        }
        int colon = info.indexOf(':');
        String user = colon < 0 ? info : info.substring(0, colon);
        String secret = colon < 0 ? null : info.substring(colon + 1);
        if (secret == null || secret.isEmpty()) {
            secret = env.get(SECRET_ENV);
        }
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("no secret for manager user '" + user + "': give it in the address"
                    + " (ami://" + user + ":SECRET@" + host + ") or in the environment variable " + SECRET_ENV);
        }
        if (uri.getPath() != null && !uri.getPath().isEmpty() && !"/".equals(uri.getPath())) {
            throw new IllegalArgumentException("an AMI address has no path ('" + uri.getPath() + "')");
        }
        Map<String, Integer> wrapUp = Map.of();
        Path journal = null;
        for (Map.Entry<String, String> p : query(uri.getRawQuery()).entrySet()) {
            switch (p.getKey()) {
                case "wrapup" -> wrapUp = wrapUp(p.getValue());
                case "journal" -> journal = path(p.getValue());
                default -> throw new IllegalArgumentException("unknown AMI option '" + p.getKey()
                        + "'; the options are wrapup and journal");
            }
        }
        return new AmiEndpoint(host, port, user, secret, wrapUp, journal);
    }

    /** The after-call work time Asterisk gives agents of {@code queue}, in seconds (0 when none). */
    public int wrapUpSecOf(String queue) {
        Integer s = queue == null ? null : wrapUpSec.get(queue);
        return s != null ? s : wrapUpSec.getOrDefault("", 0);
    }

    /** {@code ami:HOST:PORT}: what stays the same across restarts of a feed server reading this AMI. */
    public String key() {
        return "ami:" + host.toLowerCase(Locale.ROOT) + ":" + port;
    }

    /** The address without the secret, for logs and people. */
    @Override
    public String toString() {
        return "ami://" + user + "@" + host + ":" + port;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> m = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return m;
        }
        for (String part : raw.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            if (m.put(k.toLowerCase(Locale.ROOT), v) != null) {
                throw new IllegalArgumentException("the AMI option '" + k + "' is given twice");
            }
        }
        return m;
    }

    private static Map<String, Integer> wrapUp(String value) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String item : value.split(",")) {
            String s = item.trim();
            if (s.isEmpty()) {
                continue;
            }
            int colon = s.lastIndexOf(':');
            String queue = colon < 0 ? "" : s.substring(0, colon).trim();
            String secs = colon < 0 ? s : s.substring(colon + 1).trim();
            int n;
            try {
                n = Integer.parseInt(secs);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 0 || n > 3_600) {
                throw new IllegalArgumentException("wrapup takes seconds from 0 to 3600, for all queues (wrapup=30)"
                        + " or per queue (wrapup=sales:45,support:20), not '" + s + "'");
            }
            m.put(queue, n);
        }
        return m;
    }

    private static Path path(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("journal needs a file path");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("journal: '" + value + "' is not a file path");
        }
    }

    /** The text with whatever stands between {@code //} and {@code @} hidden, secret included. */
    static String redact(String text) {
        int start = text.indexOf("//");
        int at = text.lastIndexOf('@');
        if (start < 0 || at < start) {
            return text;
        }
        String info = text.substring(start + 2, at);
        int colon = info.indexOf(':');
        return colon < 0 ? text : text.substring(0, start + 2) + info.substring(0, colon) + ":***" + text.substring(at);
    }
}
