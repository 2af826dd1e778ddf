package io.floorview.feed.asterisk.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading ami:// addresses, and the reconnection backoff. */
class AmiEndpointTest {

    @Test
    void aFullAddress() {
        AmiEndpoint e = AmiEndpoint.parse("ami://floor:p%40ss@pbx1.example:5039?wrapup=30,sales:45&journal=/var/x.nd",
                Map.of());
        assertThat(e).extracting(AmiEndpoint::host, AmiEndpoint::port, AmiEndpoint::user, AmiEndpoint::secret)
                .containsExactly("pbx1.example", 5039, "floor", "p@ss");
        assertThat(e.wrapUpSecOf("sales")).isEqualTo(45);
        assertThat(e.wrapUpSecOf("support")).isEqualTo(30);
        assertThat(e.journal()).isEqualTo(Path.of("/var/x.nd"));
        assertThat(e.key()).isEqualTo("ami:pbx1.example:5039");
        assertThat(e.toString()).isEqualTo("ami://floor@pbx1.example:5039").doesNotContain("p@ss");
    }

    @Test
    void theSecretCanComeFromTheEnvironmentAndThePortDefaults() {
        AmiEndpoint e = AmiEndpoint.parse("ami://floor@pbx1", Map.of(AmiEndpoint.SECRET_ENV, "s3cret"));
        assertThat(e.secret()).isEqualTo("s3cret");
        assertThat(e.port()).isEqualTo(5038);
        assertThat(e.wrapUpSecOf("any")).isZero();
    }

    @Test
    void badAddressesSayWhatIsWrongWithoutShowingTheSecret() {
        assertThatThrownBy(() -> AmiEndpoint.parse("ami://pbx1:5038", Map.of()))
                .hasMessageContaining("names no manager user");
        assertThatThrownBy(() -> AmiEndpoint.parse("ami://floor@pbx1", Map.of()))
                .hasMessageContaining("no secret").hasMessageContaining(AmiEndpoint.SECRET_ENV);
        assertThatThrownBy(() -> AmiEndpoint.parse("ami://floor:x@pbx1?wrapup=soon", Map.of()))
                .hasMessageContaining("wrapup");
        assertThatThrownBy(() -> AmiEndpoint.parse("ami://floor:x@pbx1?colour=red", Map.of()))
                .hasMessageContaining("unknown AMI option 'colour'");
        assertThatThrownBy(() -> AmiEndpoint.parse("ami://floor:topsecret@pbx 1", Map.of()))
                .hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> AmiEndpoint.parse("http://floor:x@pbx1", Map.of()))
                .hasMessageContaining("starts with ami://");
    }

    @Test
    void reconnectionWaitsDoubleFromHalfASecondToThirtySeconds() {
        Backoff b = new Backoff(500, 30_000);
        long[] waits = new long[9];
        for (int i = 0; i < waits.length; i++) {
            waits[i] = b.next();
        }
        assertThat(waits).containsExactly(500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000);
        b.reset();
        assertThat(b.next()).isEqualTo(500);
    }
}
