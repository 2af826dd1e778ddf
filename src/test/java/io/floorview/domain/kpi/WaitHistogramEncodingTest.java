package io.floorview.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WaitHistogramEncodingTest {

    @Test
    void countsSurviveEncodingAndAddUp() {
        SplittableRandom r = new SplittableRandom(9);
        WaitHistogram a = new WaitHistogram();
        WaitHistogram b = new WaitHistogram();
        WaitHistogram both = new WaitHistogram();
        for (int i = 0; i < 5_000; i++) {
            long w = r.nextInt(4) == 0 ? r.nextLong(0, 5_000_000) : r.nextLong(0, 60) * 1000 + (r.nextBoolean() ? 0 : 400);
            (i % 2 == 0 ? a : b).add(w);
            both.add(w);
        }
        WaitHistogram decoded = WaitHistogram.decode(a.encode());
        assertThat(decoded).isEqualTo(a);
        decoded.addEncoded(b.encode());
        assertThat(decoded).isEqualTo(both);
        for (int t : new int[] {0, 1, 5, 20, 59, 60, 3599, 3600}) {
            assertThat(decoded.countAtMost(t)).isEqualTo(both.countAtMost(t));
            assertThat(decoded.countBelow(t)).isEqualTo(both.countBelow(t));
        }
    }

    @Test
    void aQuietQueuesHistogramTakesAFewBytes() {
        WaitHistogram h = new WaitHistogram();
        h.add(12_000);
        h.add(12_000);
        h.add(40_500);
        // 1 byte for the number of slots, then gap and count per slot
        assertThat(h.encode()).hasSizeLessThanOrEqualTo(7);
        assertThat(WaitHistogram.decode(new byte[0]).count()).isZero();
    }

    @Test
    void damagedBytesAreRefusedWithAReason() {
        assertThatThrownBy(() -> WaitHistogram.decode(new byte[] {5, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cut short or damaged");
        assertThatThrownBy(() -> WaitHistogram.decode(new byte[] {1, (byte) 0xFF, (byte) 0xFF, 0x7F, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("damaged");
    }
}
