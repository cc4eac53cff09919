/**
 * The stages of a distributed validation ({@link org.planex.spark.job.BorderJob}): the plan stage reads and checks
 * each input in an executor, Sedona spatial joins find the adjacent pairs and send each pair its border bands, the
 * pair stage runs planex's pair rules, and the driver merges one report.
 */
package org.planex.spark.job;
