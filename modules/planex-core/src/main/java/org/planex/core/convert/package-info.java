/**
 * Conversion between formats, streamed feature by feature, and the summary of a plan that
 * {@code planex info} prints.
 */
package org.planex.core.convert;
