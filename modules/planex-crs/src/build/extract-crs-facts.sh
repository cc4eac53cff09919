#!/bin/sh
# Regenerates the EPSG facts that planex-crs carries as resources, from the GDAL/PROJ installation on PATH.
# Produced with GDAL 3.6.2 and PROJ 9.1.1 (EPSG dataset shipped with PROJ 9.1.1). Run from the module folder:
#   sh src/build/extract-crs-facts.sh
# Output (one line per CRS, tab-separated):
#   src/main/resources/org/planex/crs/area-of-use.tsv code <TAB> name <TAB> west south east north (PROJJSON bbox)
# for the CRSs CrsCatalog checks coordinates against. The WKT and proj4 strings of every EPSG CRS come from
# src/build/generate-epsg-catalog.py (epsg-catalog.tsv.gz).
set -eu
out=src/main/resources/org/planex/crs
codes="4490 4326 2326 $(seq 4491 4554) $(seq 32601 32660) $(seq 32701 32760)"
header="# Extracted with $(gdalinfo --version | cut -d, -f1) / PROJ $(projinfo 2>&1 | sed -n 's/^Rel\. \([0-9.]*\).*/\1/p') by src/build/extract-crs-facts.sh"
printf '%s\n# code\tname\twest\tsouth\teast\tnorth (EPSG area of use, projinfo -o PROJJSON EPSG:code, bbox)\n' "$header" > $out/area-of-use.tsv
for c in $codes; do
  projinfo -q -o PROJJSON EPSG:$c | python3 -c '
import json, sys
d = json.load(sys.stdin); b = d["bbox"]
print("\t".join([sys.argv[1], d["name"], repr(b["west_longitude"]), repr(b["south_latitude"]), repr(b["east_longitude"]), repr(b["north_latitude"])]))' "$c" >> $out/area-of-use.tsv
done
