package shop.search.product.control;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * Spreads a rebuild's writer calls over a few threads, where analysis (smartcn above all) is the cost. Calls for
 * the same key always go to the same thread, so they keep their order (an add, then an update of that product).
 */
final class IndexingLanes {

    @FunctionalInterface
    interface IndexOp {
        void run(IndexWriter writer) throws IOException;
    }

    private static final IndexOp STOP = w -> {
    };

    private final IndexWriter writer;
    private final List<BlockingQueue<IndexOp>> queues = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile Throwable failure;
    private volatile boolean aborted;

    IndexingLanes(IndexWriter writer, int count, String name) {
        this.writer = writer;
        for (int i = 0; i < count; i++) {
            BlockingQueue<IndexOp> queue = new ArrayBlockingQueue<>(512);
            Thread thread = new Thread(() -> drain(queue), name + "-" + i);
            thread.setDaemon(true);
            queues.add(queue);
            threads.add(thread);
            thread.start();
        }
    }

    /** The number of lanes worth having: analysis threads beyond the cores only contend. */
    static int defaultCount() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    private void drain(BlockingQueue<IndexOp> queue) {
        while (true) {
            IndexOp op;
            try {
                op = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (op == STOP) {
                return;
            }
            if (failure == null && !aborted) { // after a failure, keep taking so that producers never block
                try {
                    op.run(writer);
                } catch (Throwable t) {
                    failure = t;
                }
            }
        }
    }

    void submit(Term key, IndexOp op) throws IOException {
        rethrow();
        try {
            queues.get(Math.floorMod(key.hashCode(), queues.size())).put(op);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while indexing");
        }
    }

    /** Waits until every submitted call has run; rethrows the first failure. */
    void finish() throws IOException {
        stop();
        rethrow();
    }

    /** Drops what is still queued and stops the threads. */
    void abort() {
        aborted = true;
        queues.forEach(BlockingQueue::clear);
        try {
            stop();
        } catch (InterruptedIOException e) {
            threads.forEach(Thread::interrupt);
        }
    }

    private void stop() throws InterruptedIOException {
        try {
            for (BlockingQueue<IndexOp> queue : queues) {
                queue.put(STOP);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while finishing indexing");
        }
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t instanceof IOException e) {
            throw e;
        } else if (t instanceof RuntimeException e) {
            throw e;
        } else if (t instanceof Error e) {
            throw e;
        } else if (t != null) {
            throw new IOException(t);
        }
    }
}
