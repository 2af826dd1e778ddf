package io.floorview.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.BindException;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** The URL the {@code feed} command's ready line gives consoles, and what it says when it cannot listen. */
class FeedAddressTest {

    private static String url(boolean tls, String bind, int port) throws Exception {
        return FeedAddress.url(tls, InetAddress.getByName(bind), bind, port, () -> "pbx-bridge");
    }

    @Test
    void aLoopbackOrGivenAddressIsTheUrlsHost() throws Exception {
        assertThat(url(false, "127.0.0.1", 7411)).isEqualTo("http://127.0.0.1:7411");
        assertThat(url(true, "10.0.0.5", 7411)).isEqualTo("https://10.0.0.5:7411");
        InetAddress named = InetAddress.getByAddress("floor-bridge.example", new byte[] {10, 0, 0, 5});
        assertThat(FeedAddress.url(false, named, "floor-bridge.example", 7411, () -> "pbx-bridge"))
                .isEqualTo("http://floor-bridge.example:7411");
    }

    @Test
    void anIpv6LiteralGoesInBrackets() throws Exception {
        assertThat(url(false, "::1", 40231)).isEqualTo("http://[::1]:40231");
        assertThat(url(true, "2001:db8::5", 7411)).isEqualTo("https://[2001:db8::5]:7411");
        assertThat(FeedAddress.urlHost("fe80::1%2")).isEqualTo("[fe80::1%252]");
        assertThat(FeedAddress.urlHost("[::1]")).isEqualTo("[::1]");
    }

    @Test
    void allAddressesAreNamedByThisComputersName() throws Exception {
        assertThat(url(false, "0.0.0.0", 7411)).isEqualTo("http://pbx-bridge:7411");
        assertThat(url(true, "::", 7411)).isEqualTo("https://pbx-bridge:7411");
        assertThat(FeedAddress.listen("0.0.0.0", 7411)).isEqualTo("0.0.0.0:7411");
        assertThat(FeedAddress.listen("::", 7411)).isEqualTo("[::]:7411");
        assertThat(FeedAddress.listen("127.0.0.1", 7411)).isEqualTo("127.0.0.1:7411");
    }

    @Test
    void thisComputersNameIsNeverBlank() {
        assertThat(FeedAddress.localHostName()).isNotBlank().doesNotContain(" ");
    }

    @Test
    void aTakenPortIsNamedWithAWayOut() {
        assertThat(FeedAddress.cannotListen("127.0.0.1:7411", new BindException("Address already in use")))
                .startsWith("cannot listen on 127.0.0.1:7411: that address and port are already in use")
                .contains("--port");
        assertThat(FeedAddress.cannotListen("[2001:db8::5]:7411", new BindException("Cannot assign requested address")))
                .contains("[2001:db8::5]:7411", "not an address of this computer", "--bind");
    }
}
