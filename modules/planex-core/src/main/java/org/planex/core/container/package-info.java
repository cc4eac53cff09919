/**
 * The plan package container: a folder or a ZIP ({@code NAME.planex.zip}) with {@code plan.xml} at its root
 * and attachments under {@code attachments/}. Reading is safe by construction ({@link
 * org.planex.core.container.PackageLimits}: entry names, links, counts, sizes and compression ratios are
 * checked before anything is read); writing goes through {@link org.planex.spi.io.AtomicOutput}, so
 * a package appears complete or not at all.
 */
package org.planex.core.container;
