package io.dateline.events.service;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The bounded pool where event extraction and story terms run, so they never block an event-loop thread. */
@ApplicationScoped
public class TextWorkers {

    private final ExecutorService executor;

    public TextWorkers(@ConfigProperty(name = "dateline.text-workers", defaultValue = "0") int configured) {
        int threads = configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "text-worker-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    public ExecutorService executor() {
        return executor;
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdown();
    }
}
