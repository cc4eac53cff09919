package org.planex.spi.io;

import java.io.IOException;
import org.planex.model.PlanHeader;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * The base of layer writers: the states and the {@link AtomicOutput} every format shares. A writer is
 * {@link State#OPEN} until {@link #finish()} succeeds ({@link State#FINISHED}) or it is aborted
 * ({@link State#ABORTED}: {@link #abort()}, {@link #close()} without finish, or a failed finish).
 * {@link #writePlanHeader}, {@link #createLayer}, {@link #finish()} and writes to its sinks are allowed only
 * while open; afterwards they throw an {@link IllegalStateException} that says what was called and in which
 * state the writer is. {@code finish()} completes the format's files ({@link #complete()}) in the output's
 * temporary path and commits the output; aborting releases the format's resources ({@link #discard()}) and
 * deletes the temporary output, so the target is left as it was.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 *
 * @since 0.3
 */
public abstract class AbstractLayerWriter implements LayerWriter {

    /** The states of a writer. */
    public enum State {
        /** Accepting a header, layers and records. */
        OPEN,
        /** The output is in place. */
        FINISHED,
        /** Everything written was discarded. */
        ABORTED
    }

    /** Where the format writes: {@link AtomicOutput#path()}, moved into place by {@link #finish()}. */
    protected final AtomicOutput output;
    private State state = State.OPEN;

    /** A writer on {@code output}, which it commits on finish and aborts otherwise. */
    protected AbstractLayerWriter(AtomicOutput output) {
        this.output = output;
    }

    /** The current state. */
    public final State state() {
        return state;
    }

    /** The target's location, for errors and warnings. */
    protected final Location location() {
        return Location.of(output.target());
    }

    /**
     * Throws unless the writer is open.
     *
     * @param operation what was called, named in the message
     * @throws IllegalStateException if the writer is finished or aborted
     */
    protected final void requireOpen(String operation) {
        if (state != State.OPEN) {
            throw new IllegalStateException(operation + " on a " + state.name().toLowerCase(java.util.Locale.ROOT)
                    + " writer of " + output.target() + ": a layer writer takes no more data after finish()"
                    + " or abort()");
        }
    }

    @Override
    public final void writePlanHeader(PlanHeader header) throws PlanexException {
        requireOpen("writePlanHeader()");
        storePlanHeader(header);
    }

    @Override
    public final LayerSink createLayer(LayerSchema schema) throws PlanexException {
        requireOpen("createLayer(" + schema.name() + ")");
        return newLayer(schema);
    }

    @Override
    public final void finish() throws PlanexException {
        requireOpen("finish()");
        try {
            complete();
            output.commit();
            state = State.FINISHED;
        } catch (IOException | RuntimeException e) {
            abort();
            if (e instanceof PlanexException p) {
                throw p;
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw PlanexException.notWritable(location(), "cannot complete the output: " + e.getMessage()
                    + "; check the free space and permissions of the folder", e);
        }
    }

    @Override
    public final void abort() {
        if (state != State.OPEN) {
            return;
        }
        state = State.ABORTED;
        try {
            discard();
        } finally {
            output.abort();
        }
    }

    /** Aborts unless {@link #finish()} succeeded. */
    @Override
    public final void close() {
        abort();
    }

    /**
     * Stores the plan header, or ignores it (with a warning) if the format has no place for it.
     *
     * @throws PlanexException if it cannot be written
     */
    protected abstract void storePlanHeader(PlanHeader header) throws PlanexException;

    /**
     * Creates a layer in {@link AtomicOutput#path()} (or the output's scratch folder), usually an
     * {@link AbstractLayerSink} of this writer.
     *
     * @throws PlanexException if the layer cannot be created or exists already
     */
    protected abstract LayerSink newLayer(LayerSchema schema) throws PlanexException;

    /**
     * Completes and closes the format's files in {@link AtomicOutput#path()}; the output is committed next.
     *
     * @throws IOException if they cannot be completed; the writer is then aborted
     */
    protected abstract void complete() throws IOException;

    /** Releases what the format holds open (files, connections) without completing it. Never throws. */
    protected abstract void discard();
}
