package org.planex.cli;

/**
 * The entry point of the {@code planex} command.
 *
 * @since 0.1
 */
public final class Main {

    private Main() {
    }

    /** Runs planex and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(Cli.run(args, System.out, System.err));
    }
}
