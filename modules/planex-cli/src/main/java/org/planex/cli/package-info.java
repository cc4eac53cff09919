/**
 * The {@code planex} command line ({@link org.planex.cli.Main}), built with picocli: {@code formats},
 * {@code info}, {@code convert} and {@code demo}. Every failure is one line on standard error that says what,
 * where and what to do, with a documented exit code ({@link org.planex.spi.ExitCode}); stack traces only with
 * {@code --debug}.
 */
package org.planex.cli;
