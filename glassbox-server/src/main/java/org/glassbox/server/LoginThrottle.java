package org.glassbox.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Slows down password guessing (workspace.md): failed logins are counted per user name and per
 * client address over a sliding window of {@link #WINDOW_MS}; after {@link #FREE} failures each
 * further attempt waits one second more than the last (at most {@link #MAX_DELAY_S} s), and after
 * {@link #REFUSE_AFTER} failures attempts are refused outright (429) until the window has passed.
 */
final class LoginThrottle {
    static final long WINDOW_MS = 15 * 60_000L;
    static final int FREE = 5;
    static final int MAX_DELAY_S = 30;
    static final int REFUSE_AFTER = 20;

    private final ConcurrentHashMap<String, Deque<Long>> failures = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    LoginThrottle(LongSupplier clock) {
        this.clock = clock;
    }

    /** Failures within the window for {@code key}. */
    int failures(String key) {
        Deque<Long> d = failures.get(key);
        if (d == null) {
            return 0;
        }
        synchronized (d) {
            long now = clock.getAsLong();
            while (!d.isEmpty() && now - d.peekFirst() > WINDOW_MS) {
                d.pollFirst();
            }
            return d.size();
        }
    }

    /** Seconds the next attempt must wait given the worse of the user's and the address's counts; -1 = refuse (429). */
    int delaySeconds(String user, String address) {
        int n = Math.max(failures("u:" + user), failures("a:" + address));
        if (n >= REFUSE_AFTER) {
            return -1;
        }
        return n < FREE ? 0 : Math.min(MAX_DELAY_S, n - FREE + 1);
    }

    void failed(String user, String address) {
        long now = clock.getAsLong();
        for (String k : new String[] {"u:" + user, "a:" + address}) {
            Deque<Long> d = failures.computeIfAbsent(k, x -> new ArrayDeque<>());
            synchronized (d) {
                d.addLast(now);
            }
        }
    }

    /** A successful login clears the user's count (the address keeps its own). */
    void succeeded(String user) {
        failures.remove("u:" + user);
    }
}
