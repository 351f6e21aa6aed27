package id.kiosmandiri.web;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An overloaded server queues screen requests instead of letting them all grab threads and database
 * connections: at most N are worked on, the rest wait their turn and are all answered; what must never
 * wait (static files, push, a leaving page's beacons) passes at once, and a request stuck in progress
 * cannot stop the others for longer than the maximum wait.
 */
class RequestAdmissionFilterTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private static MockHttpServletRequest uidl() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString("v-r=uidl&v-uiId=0");
        request.setContentType("application/json; charset=UTF-8");
        return request;
    }

    private Future<?> send(RequestAdmissionFilter filter, MockHttpServletRequest request, FilterChain chain) {
        return threads.submit(() -> {
            filter.doFilter(request, new MockHttpServletResponse(), chain);
            return null;
        });
    }

    @Test
    void atMostTheLimitIsWorkedOnAndEveryQueuedRequestIsAnsweredInTurn() throws Exception {
        RequestAdmissionFilter filter = new RequestAdmissionFilter(new RequestAdmissionProperties(2, Duration.ofMinutes(5)));
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger inProgress = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        FilterChain slowScreen = (req, res) -> {
            mostAtOnce.accumulateAndGet(inProgress.incrementAndGet(), Math::max);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inProgress.decrementAndGet();
            answered.incrementAndGet();
        };
        List<Future<?>> requests = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            requests.add(send(filter, uidl(), slowScreen));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> inProgress.get() == 2 && filter.waiting() == 4);

        release.countDown();
        for (Future<?> request : requests) {
            request.get(10, TimeUnit.SECONDS);
        }
        assertThat(answered).hasValue(6);
        assertThat(mostAtOnce).hasValue(2);
        assertThat(filter.waiting()).isZero();
    }

    @Test
    void staticFilesPushAndALeavingPagesBeaconsNeverWait() throws Exception {
        RequestAdmissionFilter filter = new RequestAdmissionFilter(new RequestAdmissionProperties(1, Duration.ofMinutes(5)));
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = send(filter, uidl(), (req, res) -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> release.getCount() == 1 && !holder.isDone());

        MockHttpServletRequest style = new MockHttpServletRequest("GET", "/kiosk.css");
        MockHttpServletRequest push = new MockHttpServletRequest("GET", "/VAADIN/push");
        push.setQueryString("v-r=push&v-uiId=0");
        MockHttpServletRequest unload = uidl();
        unload.setContentType("text/plain;charset=UTF-8"); // navigator.sendBeacon
        for (MockHttpServletRequest passing : List.of(style, push, unload)) {
            AtomicInteger served = new AtomicInteger();
            send(filter, passing, (req, res) -> served.incrementAndGet()).get(10, TimeUnit.SECONDS);
            assertThat(served).as(passing.getRequestURI() + " " + passing.getContentType()).hasValue(1);
        }
        assertThat(holder).isNotDone();
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aRequestStuckInProgressDelaysTheNextOnlyUntilTheMaximumWait() throws Exception {
        RequestAdmissionFilter filter = new RequestAdmissionFilter(new RequestAdmissionProperties(1, Duration.ofMillis(200)));
        CountDownLatch never = new CountDownLatch(1);
        send(filter, uidl(), (req, res) -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> filter.waiting() == 0);
        AtomicInteger served = new AtomicInteger();
        send(filter, uidl(), (req, res) -> served.incrementAndGet()).get(30, TimeUnit.SECONDS);
        assertThat(served).hasValue(1);
        never.countDown();
    }
}
