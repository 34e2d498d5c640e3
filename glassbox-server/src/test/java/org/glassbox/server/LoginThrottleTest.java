package org.glassbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** workspace.md's throttle: 5 free failures, then +1 s each (at most 30 s), 429 after 20, all within 15 minutes. */
class LoginThrottleTest {
    @Test
    void failuresSlowDownThenRefuseThenAgeOut() {
        AtomicLong now = new AtomicLong(1_000_000);
        LoginThrottle t = new LoginThrottle(now::get);
        for (int i = 0; i < 5; i++) {
            assertThat(t.delaySeconds("alice", "10.0.0.1")).isZero();
            t.failed("alice", "10.0.0.1");
        }
        assertThat(t.delaySeconds("alice", "10.0.0.1")).isEqualTo(1);
        t.failed("alice", "10.0.0.1");
        assertThat(t.delaySeconds("alice", "10.0.0.1")).isEqualTo(2);
        // the same address trying another user is slowed down as much; another address for alice too
        assertThat(t.delaySeconds("bob", "10.0.0.1")).isEqualTo(2);
        assertThat(t.delaySeconds("alice", "10.0.0.2")).isEqualTo(2);
        assertThat(t.delaySeconds("bob", "10.0.0.2")).isZero();
        for (int i = 6; i < 20; i++) {
            t.failed("alice", "10.0.0.1");
        }
        assertThat(t.delaySeconds("alice", "10.0.0.1")).isEqualTo(-1);
        now.addAndGet(LoginThrottle.WINDOW_MS + 1);
        assertThat(t.delaySeconds("alice", "10.0.0.1")).isZero();
    }

    @Test
    void theDelayIsCappedAndSuccessClearsTheUser() {
        AtomicLong now = new AtomicLong(0);
        LoginThrottle t = new LoginThrottle(now::get);
        for (int i = 0; i < 19; i++) {
            t.failed("u", "a" + i);
        }
        assertThat(t.delaySeconds("u", "x")).isEqualTo(Math.min(LoginThrottle.MAX_DELAY_S, 19 - 5 + 1));
        t.succeeded("u");
        assertThat(t.delaySeconds("u", "x")).isZero();
    }
}
