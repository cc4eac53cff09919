/**
 * Finding format providers ({@link java.util.ServiceLoader} on the class path and in plugin jars) and
 * detecting the format of an input: by suffix first, then by content, with an error that lists what was
 * tried.
 */
package org.planex.core.registry;
