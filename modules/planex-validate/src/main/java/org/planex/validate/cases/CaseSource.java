package org.planex.validate.cases;

import java.net.URI;
import java.nio.file.Path;

/**
 * The text of one case file and where it came from.
 *
 * @param name the name messages use: the path under the case folder, prefixed by the folder
 *     ({@code cases/border/gap.json})
 * @param uri the file's URI, for test reports that link to it
 * @param text the JSON text
 * @since 0.1
 */
public record CaseSource(Path name, URI uri, String text) {
}
