package org.planex.format.vct;

import org.planex.model.layer.LayerSchema;

/**
 * One layer of a VCT file: its {@code FeatureCode} line and its schema.
 *
 * @param code the feature code (要素代码) that marks the layer's records
 * @param title the feature type name (要素名称), e.g. 用地用海
 * @param section the geometry section holding the records
 * @param schema the layer as planex sees it: named by its attribute table
 */
record VctLayer(String code, String title, VctSection section, LayerSchema schema) {
}
