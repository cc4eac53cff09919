/**
 * The bundled validation rules: package and schema ({@code PKG.*}, {@code SCHEMA.*}), reader warnings
 * ({@code INPUT.WARNING}), geometry ({@code GEOM.*}), CRS ({@code CRS.*}), codes ({@code CODE.*}), plan
 * topology ({@code TOPO.*}), borders ({@code BORDER.*}, each piece with its kind and measures) and cross-border
 * compatibility ({@code XB.*}), each documented in {@code docs/validation.md}.
 *
 * <p>Every rule here is written against the rule API ({@link org.planex.rule}) alone, as a vendor's rule would be,
 * with three engine-internal details: the package and schema rules report what the engine's one pass over
 * {@code plan.xml} found (the header, the XSD problems, see {@link org.planex.validate.engine.PackageInput}) and
 * check integrity with core's {@link org.planex.core.format.PackageVerifier};
 * {@link org.planex.validate.rules.DeclaredCrsRule} runs the
 * declared-CRS check of planex-crs, which needs the engine's CRS service
 * ({@link org.planex.validate.engine.ValidationContext#crsOf}); and the package and input-warning rules declare
 * ids ({@code PKG.UNREADABLE}, {@code INPUT.WARNING}) the {@link org.planex.validate.Validator} itself reports.
 */
package org.planex.validate.rules;
