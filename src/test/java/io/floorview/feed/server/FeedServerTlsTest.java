package io.floorview.feed.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.floorview.domain.event.FeedEvent.AgentLoggedOut;
import io.floorview.feed.RecordingSink;
import io.floorview.feed.client.HttpFeedSource;
import io.floorview.feed.protocol.EventCodec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed over HTTPS, with a certificate of the center's own. */
class FeedServerTlsTest {

    @TempDir
    Path dir;

    private final SSLSocketFactory before = HttpsURLConnection.getDefaultSSLSocketFactory();

    @AfterEach
    void restore() {
        HttpsURLConnection.setDefaultSSLSocketFactory(before);
    }

    /** A self-signed certificate for 127.0.0.1 and localhost, made with the JDK's keytool. */
    private Path keystore() throws Exception {
        Path ks = dir.resolve("feed.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "feed", "-keyalg", "EC", "-groupname",
                "secp256r1", "-dname", "CN=floorview-feed", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", ks.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        return ks;
    }

    @Test
    void aConsoleThatTrustsTheCertificateReadsTheFeedOverHttps() throws Exception {
        Path ks = keystore();
        EventJournal journal = new EventJournal(new EventCodec(), 100);
        for (long s = 1; s <= 5; s++) {
            journal.append(new AgentLoggedOut(s, 1_795_000_000_000L + s, "a" + s));
        }
        try (FeedServer server = new FeedServer("tls-feed", "test", journal, FeedClock.SYSTEM,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200, "t0ken", null,
                Tls.server(ks, "changeit".toCharArray()))) {
            server.start();
            assertThat(server.baseUri().getScheme()).isEqualTo("https");

            // without trusting the center's certificate, the console cannot connect, and says so
            RecordingSink untrusted = new RecordingSink();
            try (HttpFeedSource src = new HttpFeedSource(server.baseUri(), "t0ken", 2_000)) {
                src.start(f -> 0, untrusted);
                assertThat(untrusted.await(() -> !untrusted.disconnects().isEmpty(), 10)).isTrue();
            }
            assertThat(untrusted.events()).isEmpty();

            HttpsURLConnection.setDefaultSSLSocketFactory(
                    Tls.client(ks, "changeit".toCharArray()).getSocketFactory());
            RecordingSink sink = new RecordingSink();
            try (HttpFeedSource src = new HttpFeedSource(server.baseUri(), "t0ken", 2_000)) {
                src.start(f -> 0, sink);
                assertThat(sink.await(() -> sink.events().size() == 5, 10)).isTrue();
            }
            assertThat(sink.seqs()).containsExactlyElementsOf(List.of(1L, 2L, 3L, 4L, 5L));
        }
    }

    @Test
    void aKeystoreThatCannotBeUsedSaysWhy() throws Exception {
        Path ks = keystore();
        assertThatThrownBy(() -> Tls.server(ks, "wrong".toCharArray()))
                .hasMessageContaining("password is wrong");
        Path notOne = Files.writeString(dir.resolve("x.p12"), "not a keystore");
        assertThatThrownBy(() -> Tls.server(notOne, "x".toCharArray())).hasMessageContaining("not a PKCS#12 keystore");
        assertThatThrownBy(() -> Tls.client(dir.resolve("missing.p12"), new char[0])).hasMessageContaining("cannot read");
    }
}
