package io.floorview.feed.asterisk.ami;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A small Asterisk Manager Interface on loopback, for tests: the banner, Challenge/Login (MD5 or plain),
 * CoreSettings, Ping, QueueStatus (answered with a scripted snapshot), QueuePause and QueueRemove (answered
 * as scripted), Logoff; and events pushed to whoever is logged in. One client at a time; it can drop the
 * connection to test reconnects.
 */
final class FakeAmiServer implements AutoCloseable {

    private final ServerSocket server;
    private final String user;
    private final String secret;
    private final Thread acceptor;
    private final List<Map<String, String>> actions = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> answered = new CopyOnWriteArrayList<>();
    private volatile Supplier<List<AmiText.Block>> snapshot = List::of;
    private volatile Function<Map<String, String>, Map<String, String>> actionAnswer = a -> ok("done");
    private volatile Socket client;
    private volatile OutputStream out;
    private volatile int logins;
    private volatile boolean closed;

    FakeAmiServer(String user, String secret) throws IOException {
        this.user = user;
        this.secret = secret;
        this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "fake-ami");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** What QueueStatus answers with (QueueParams, QueueMember, QueueEntry blocks; the complete event is added). */
    void snapshot(Supplier<List<AmiText.Block>> blocks) {
        this.snapshot = blocks;
    }

    /** How QueuePause and QueueRemove are answered: the response's fields for the action's fields. */
    void answerActions(Function<Map<String, String>, Map<String, String>> answer) {
        this.actionAnswer = answer;
    }

    static Map<String, String> ok(String message) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Response", "Success");
        m.put("Message", message);
        return m;
    }

    static Map<String, String> error(String message) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Response", "Error");
        m.put("Message", message);
        return m;
    }

    /** Every action received, in order (field names in any case, as AMI takes them). */
    List<Map<String, String>> actions() {
        return actions;
    }

    int logins() {
        return logins;
    }

    /** Waits until {@code n} logins have succeeded. */
    boolean awaitLogins(int n, long timeoutMs) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (logins < n) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Waits until an action named {@code name} has come and been answered {@code n} times in all. */
    boolean awaitAction(String name, int n, long timeoutMs) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (answered.stream().filter(a -> name.equalsIgnoreCase(a.get("Action"))).count() < n) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Sends event blocks to the logged-in client. */
    void send(List<AmiText.Block> events) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (AmiText.Block b : events) {
            sb.append(b.wire());
        }
        write(sb.toString());
    }

    /** Cuts the connection as a network failure would. */
    void drop() throws IOException {
        Socket s = client;
        if (s != null) {
            s.close();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try (Socket s = server.accept()) {
                client = s;
                out = s.getOutputStream();
                serve(s);
            } catch (IOException e) {
                // the client went away or the server closed: wait for the next one
            } finally {
                client = null;
            }
        }
    }

    private void serve(Socket s) throws IOException {
        write("Asterisk Call Manager/2.10.3\r\n");
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        String challenge = null;
        boolean loggedIn = false;
        Map<String, String> action = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isEmpty()) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    action.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                }
                continue;
            }
            if (action.isEmpty()) {
                continue;
            }
            Map<String, String> a = action;
            action = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            actions.add(a);
            String name = a.getOrDefault("Action", "").toLowerCase();
            String id = a.get("ActionID");
            switch (name) {
                case "challenge" -> {
                    challenge = "392671046";
                    respond(id, Map.of("Response", "Success", "Challenge", challenge));
                }
                case "login" -> {
                    boolean good = user.equals(a.get("Username")) && ("MD5".equalsIgnoreCase(a.get("AuthType"))
                            ? md5(challenge + secret).equalsIgnoreCase(a.getOrDefault("Key", ""))
                            : secret.equals(a.get("Secret")));
                    if (good) {
                        loggedIn = true;
                        respond(id, ok("Authentication accepted"));
                        logins++;
                    } else {
                        respond(id, error("Authentication failed"));
                    }
                }
                case "logoff" -> {
                    respond(id, Map.of("Response", "Goodbye", "Message", "Thanks for all the fish."));
                    return;
                }
                default -> {
                    if (!loggedIn) {
                        respond(id, error("Permission denied"));
                    } else {
                        answer(name, id, a);
                    }
                }
            }
            answered.add(a); // so that a test waiting for an action knows its answer was sent
        }
    }

    private void answer(String name, String id, Map<String, String> a) throws IOException {
        switch (name) {
            case "coresettings" -> respond(id, Map.of("Response", "Success", "AMIversion", "2.10.3",
                    "AsteriskVersion", "13.18.4", "SystemName", "fake"));
            case "ping" -> respond(id, Map.of("Response", "Success", "Ping", "Pong", "Timestamp", "1514295827.000"));
            case "queuestatus" -> {
                respond(id, Map.of("Response", "Success", "EventList", "start",
                        "Message", "Queue status will follow"));
                List<AmiText.Block> blocks = new ArrayList<>(snapshot.get());
                StringBuilder sb = new StringBuilder();
                for (AmiText.Block b : blocks) {
                    Map<String, String> f = new LinkedHashMap<>(b.fields());
                    f.put("ActionID", id);
                    sb.append(new AmiText.Block(f).wire());
                }
                sb.append("Event: QueueStatusComplete\r\nActionID: ").append(id)
                        .append("\r\nEventList: Complete\r\nListItems: ").append(blocks.size()).append("\r\n\r\n");
                write(sb.toString());
            }
            case "queuepause", "queueremove" -> respond(id, actionAnswer.apply(a));
            default -> respond(id, error("Invalid/unknown command: " + name));
        }
    }

    private void respond(String id, Map<String, String> fields) throws IOException {
        StringBuilder sb = new StringBuilder();
        Map<String, String> f = new LinkedHashMap<>(fields);
        sb.append("Response: ").append(f.remove("Response")).append("\r\n");
        if (id != null) {
            sb.append("ActionID: ").append(id).append("\r\n");
        }
        f.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
        write(sb.append("\r\n").toString());
    }

    private synchronized void write(String text) throws IOException {
        OutputStream o = out;
        if (o == null) {
            throw new IOException("no client");
        }
        o.write(text.getBytes(StandardCharsets.UTF_8));
        o.flush();
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        drop();
        server.close();
    }
}
