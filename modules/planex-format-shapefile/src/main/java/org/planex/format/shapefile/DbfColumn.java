package org.planex.format.shapefile;

import org.planex.model.layer.FieldDef;

/**
 * A field of a dBase table being written: the planex field it stores and its dBase form.
 *
 * @param field the planex field
 * @param name the dBase name, at most 10 bytes in the table's charset
 * @param type the dBase type letter
 * @param width the width in bytes
 * @param decimals the number of decimals
 */
record DbfColumn(FieldDef field, String name, char type, int width, int decimals) {
}
