/**
 * A temporary, exact store of plan features on disk, so that a conversion that must see every feature before
 * it writes the first one (a layer export learning its field widths) reads its input once and still holds one
 * feature at a time in memory.
 */
package org.planex.core.spool;
