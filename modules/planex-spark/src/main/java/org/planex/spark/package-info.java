/**
 * planex on Apache Spark with Apache Sedona: {@link org.planex.spark.SparkValidate}, the {@code spark-submit}
 * entry point that validates a region of many plans (a country's counties) with the same rules and the same report
 * as {@code planex validate}, and its settings ({@link org.planex.spark.RunSettings}).
 */
package org.planex.spark;
