#!/usr/bin/env python3
"""Records reference transforms from PROJ (through GDAL's gdaltransform) for the planex-crs tests.

Run from the module folder: python3 src/build/record-proj-reference.py
Writes src/test/resources/org/planex/crs/proj-reference.csv. Every row was produced by

  OGR_CT_FORCE_TRADITIONAL_GIS_ORDER=YES gdaltransform -s_srs EPSG:<source> -t_srs EPSG:<target> -output_xy

so coordinates are x = longitude/easting, y = latitude/northing whatever the EPSG axis order.
HK 1980 Grid rows use EPSG:4326 as target/source: PROJ's default EPSG:2326 -> EPSG:4490 operation is a
"ballpark" offset that ignores the datum shift (about 300 m off), while EPSG:2326 -> EPSG:4326 applies the
EPSG:1825 Helmert transformation; CGCS2000 is taken as equal to WGS 84 (PROJ's EPSG:4490 -> EPSG:4326 is a no-op).
"""
import csv, os, subprocess

OUT = "src/test/resources/org/planex/crs/proj-reference.csv"


def area(code):
    with open("src/main/resources/org/planex/crs/area-of-use.tsv", encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if p[0] == str(code):
                return [float(v) for v in p[2:6]]
    raise KeyError(code)


def gdaltransform(src, dst, points):
    env = dict(os.environ, OGR_CT_FORCE_TRADITIONAL_GIS_ORDER="YES")
    text = "".join("%r %r\n" % p for p in points)
    out = subprocess.run(["gdaltransform", "-s_srs", "EPSG:%d" % src, "-t_srs", "EPSG:%d" % dst, "-output_xy"],
                         input=text, capture_output=True, text=True, env=env, check=True).stdout
    return [tuple(float(v) for v in line.split()[:2]) for line in out.strip().splitlines()]


rows = []
for code in range(4513, 4555):
    cm = 3 * (code - 4488) if code <= 4533 else 75 + 3 * (code - 4534)
    w, s, e, n = area(code)
    geo = [(round(cm - 1.2, 6), round(s + 0.3 * (n - s), 6)),
           (round(cm + 0.9, 6), round(s + 0.7 * (n - s), 6)),
           (round(cm + 0.1, 6), round((s + n) / 2, 6))]
    for p, q in zip(geo, gdaltransform(4490, code, geo)):
        rows.append((4490, code) + p + q)
    grid = [(round(x, 3), round(y, 3)) for x, y in gdaltransform(4490, code, geo)]
    for p, q in zip(grid, gdaltransform(code, 4490, grid)):
        rows.append((code, 4490) + p + q)
hk_grid = [(836694.05, 819069.8), (812000.0, 817000.0), (840000.0, 830000.0), (860500.25, 846000.5),
           (830000.0, 806000.0), (808123.456, 840987.654)]
for p, q in zip(hk_grid, gdaltransform(2326, 4326, hk_grid)):
    rows.append((2326, 4490) + p + q)
hk_geo = [(114.1785555556, 22.3121333333), (113.95, 22.29), (114.25, 22.42), (114.01, 22.2), (114.3, 22.5)]
for p, q in zip(hk_geo, gdaltransform(4326, 2326, hk_geo)):
    rows.append((4490, 2326) + p + q)

with open(OUT, "w", newline="", encoding="utf-8") as f:
    f.write("# Recorded by src/build/record-proj-reference.py with GDAL 3.6.2 / PROJ 9.1.1:\n")
    f.write("# OGR_CT_FORCE_TRADITIONAL_GIS_ORDER=YES gdaltransform -s_srs EPSG:source -t_srs EPSG:target -output_xy\n")
    f.write("# (rows between 2326 and 4490 were computed against EPSG:4326, see the script)\n")
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["source", "target", "x", "y", "expected_x", "expected_y"])
    for r in rows:
        w.writerow([r[0], r[1]] + ["%.10f" % v if abs(v) < 1000 else "%.4f" % v for v in r[2:]])
print(len(rows), "rows")
