/**
 * One way in for every command: {@link org.planex.core.input.InputOpener} detects an input's format, applies
 * the user's input options ({@link org.planex.core.input.InputOptions}: format, open options, profile or
 * automatic choice, layer roles, code field, jurisdiction, source CRS) and gives an
 * {@link org.planex.core.input.OpenedInput} that reads it as layers or as a plan. {@code convert},
 * {@code validate}, {@code info} and {@code demo} all read through it, so they accept the same options and
 * report the same warnings.
 */
package org.planex.core.input;
