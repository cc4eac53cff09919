/**
 * A minimal planex format plugin: writes the features of a plan as CSV, one row per feature with its
 * geometry as WKT. It shows the smallest complete provider: a descriptor, a probe, a writer that writes to a
 * temporary file and moves it into place, and a ServiceLoader registration. See docs/plugin-guide.md.
 */
package org.planex.example.csv;
