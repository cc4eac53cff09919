/**
 * The built-in code systems and crosswalks, and the readers of their data files.
 *
 * <p>Code lists and crosswalks are UTF-8 CSV resources under {@code org/planex/codes/data/}: {@code systems/}
 * holds one list per system ({@link org.planex.codes.data.CodeTableReader} reads them),
 * {@code crosswalks/FROM_TO.csv} one crosswalk each ({@link org.planex.codes.data.CrosswalkTableReader}).
 * {@link org.planex.codes.data.BuiltinCodesProvider} offers them to {@link java.util.ServiceLoader}; each
 * file is read on first use, once per JVM. {@link org.planex.codes.data.CsvRecordReader} is the small CSV
 * reader all of planex-codes uses: it streams, bounds line lengths and reports line numbers.
 *
 * <p>The format of the files is described in {@code docs/codes.md}.
 */
package org.planex.codes.data;
