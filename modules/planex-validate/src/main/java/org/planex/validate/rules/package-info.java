/**
 * The bundled validation rules: package and schema ({@code PKG.*}, {@code SCHEMA.*}), reader warnings
 * ({@code INPUT.WARNING}), geometry ({@code GEOM.*}), CRS ({@code CRS.*}), codes ({@code CODE.*}), plan
 * topology ({@code TOPO.*}), borders ({@code BORDER.*}, each piece with its kind and measures) and cross-border
 * compatibility ({@code XB.*}), each documented in {@code docs/validation.md}.
 */
package org.planex.validate.rules;
