package org.planex.fuzz.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.opentest4j.TestAbortedException;
import org.planex.testkit.ExternalResources;

/** Runs the system commands that inject faults ({@code mount}, {@code chattr}) and handles their absence. */
final class Commands {

    private Commands() {
    }

    /** Runs a command and returns whether it exited with 0 within ten seconds. */
    static boolean succeeds(String... command) {
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether this JVM runs as root (where permissions do not stop writes). */
    static boolean root() {
        try {
            Process p = new ProcessBuilder("id", "-u").start();
            String uid = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return p.waitFor(10, TimeUnit.SECONDS) && uid.equals("0");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Gives up on a fault that cannot be injected here: a failure in CI ({@code CI=true}), where every fault must
     * run, otherwise a skip.
     */
    static RuntimeException cannotInject(String what) {
        if (ExternalResources.inCi()) {
            throw new AssertionError(what + " in CI; the fault tests need root (mount, chattr) or a user whose"
                    + " permissions hold");
        }
        return new TestAbortedException(what + "; skipped outside CI");
    }
}
