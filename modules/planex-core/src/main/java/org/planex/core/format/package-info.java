/**
 * The core format as a format provider ({@code planex}): plan packages in a ZIP, a folder or a bare
 * {@code plan.xml}, read and written through the same SPI as every plugin.
 */
package org.planex.core.format;
