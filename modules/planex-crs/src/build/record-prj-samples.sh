#!/bin/sh
# Records the .prj files GDAL writes for a sample of EPSG CRSs of every family planex meets, as test resources
# (src/test/resources/org/planex/crs/prj/EPSG_N.prj): ogr2ogr -a_srs EPSG:N writes a one-point shapefile and
# its .prj. Run from modules/planex-crs with GDAL on the PATH:
#   sh src/build/record-prj-samples.sh
set -eu
out=src/test/resources/org/planex/crs/prj
codes="$(cat src/test/resources/org/planex/crs/prj-codes.txt | grep -v '^#' | cut -f1)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":1},"geometry":{"type":"Point","coordinates":[1,2]}}]}' > "$tmp/p.geojson"
mkdir -p "$out"
for c in $codes; do
  rm -f "$tmp"/x.*
  ogr2ogr -f "ESRI Shapefile" -a_srs "EPSG:$c" "$tmp/x.shp" "$tmp/p.geojson"
  cp "$tmp/x.prj" "$out/EPSG_$c.prj"
done
echo "recorded $(echo $codes | wc -w) .prj files with $(gdalinfo --version)"
