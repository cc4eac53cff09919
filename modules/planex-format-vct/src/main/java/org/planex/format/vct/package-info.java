/**
 * The VCT format plugin: the Chinese vector transfer format VCT 2.0 (GB/T 17798-2007) in the layout of the
 * land-use and territorial spatial planning databases, read and written as layers. Reading scans the file
 * once for its header, layers and section offsets, then streams each layer's records; polygons built from
 * line references find their lines in a spooled, indexed line store. Writing spools each section to a scratch
 * file and assembles the output atomically.
 */
package org.planex.format.vct;
