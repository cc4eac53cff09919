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
import csv, gzip, os, sqlite3, subprocess

OUT = "src/test/resources/org/planex/crs/proj-reference.csv"


def area(code):
    """The EPSG area of use (west, south, east, north) from the catalogue planex-crs ships."""
    with gzip.open("src/main/resources/org/planex/crs/epsg-catalog.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if p[0] == str(code):
                return [float(v) for v in p[6:10]]
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

# Every family of CRSs planex meets, each projected CRS against its own base geographic CRS (same datum, so PROJ
# and proj4j must agree to 1 mm; no datum shift is involved): 3 points inside the EPSG area of use, both ways.
FAMILIES = [2227, 2263, 26910, 2327, 2340, 2363, 2374, 2383, 2385, 2401, 2415, 2431, 2436, 21413, 21455, 21463,
            8433, 3035, 25832, 25833, 27700, 2154, 31467, 28992, 3414, 3857, 32650, 32750, 4538, 4504, 2326]
catalog = {}
with gzip.open("src/main/resources/org/planex/crs/epsg-catalog.tsv.gz", "rt", encoding="utf-8") as f:
    for line in f:
        if not line.startswith("#"):
            p = line.rstrip("\n").split("\t")
            if p[6] != "-":
                catalog[int(p[0])] = [float(v) for v in p[6:10]]
db = sqlite3.connect("/usr/share/proj/proj.db")
for code in FAMILIES:
    base = int(db.execute("SELECT geodetic_crs_code FROM projected_crs WHERE auth_name = 'EPSG' AND code = ?",
                          (str(code),)).fetchone()[0])
    w, s, e, n = catalog[code]
    if e < w:
        e += 360
    geo = [(round(w + f * (e - w), 6), round(s + g * (n - s), 6)) for f, g in ((0.3, 0.35), (0.55, 0.6), (0.7, 0.45))]
    geo = [((x + 180) % 360 - 180, y) for x, y in geo]
    grid = gdaltransform(base, code, geo)
    for p, q in zip(geo, grid):
        rows.append((base, code) + p + q)
    grid = [(round(x, 3), round(y, 3)) for x, y in grid]
    for p, q in zip(grid, gdaltransform(code, base, grid)):
        rows.append((code, base) + p + q)

with open(OUT, "w", newline="", encoding="utf-8") as f:
    f.write("# Recorded by src/build/record-proj-reference.py with GDAL 3.6.2 / PROJ 9.1.1:\n")
    f.write("# OGR_CT_FORCE_TRADITIONAL_GIS_ORDER=YES gdaltransform -s_srs EPSG:source -t_srs EPSG:target -output_xy\n")
    f.write("# (rows between 2326 and 4490 were computed against EPSG:4326, see the script; the rows after them are\n")
    f.write("# projected CRSs of every family against their own base geographic CRS)\n")
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["source", "target", "x", "y", "expected_x", "expected_y"])
    for r in rows:
        w.writerow([r[0], r[1]] + ["%.10f" % v if abs(v) < 1000 else "%.4f" % v for v in r[2:]])
print(len(rows), "rows")

# --s-towgs84: a user's datum shift, given to PROJ as +towgs84 on the source proj string (what cs2cs does with
# the same string), against EPSG:4326. The shifts are made-up local fits, not EPSG transformations.
TOWGS84_OUT = "src/test/resources/org/planex/crs/towgs84-reference.csv"
SHIFTS = [(2383, "24.0,-123.0,-94.0,0.02,-0.25,-0.13,1.1"), (2436, "15.8,-154.4,-82.3"),
          (4610, "24.0,-123.0,-94.0,0.02,-0.25,-0.13,1.1"), (4214, "15.8,-154.4,-82.3,0,0,0,0")]
proj4 = {}
with gzip.open("src/main/resources/org/planex/crs/epsg-catalog.tsv.gz", "rt", encoding="utf-8") as f:
    for line in f:
        if not line.startswith("#"):
            p = line.rstrip("\n").split("\t")
            proj4[int(p[0])] = p[11]
shift_rows = []
for code, shift in SHIFTS:
    w, s, e, n = catalog[code]
    geo = [(round(w + f * (e - w), 6), round(s + g * (n - s), 6)) for f, g in ((0.3, 0.35), (0.55, 0.6), (0.7, 0.45))]
    pts = geo if proj4[code].startswith("+proj=longlat") else gdaltransform(
        int(db.execute("SELECT geodetic_crs_code FROM projected_crs WHERE auth_name = 'EPSG' AND code = ?",
                       (str(code),)).fetchone()[0]), code, geo)
    pts = [(round(x, 3), round(y, 3)) if abs(x) > 1000 else (x, y) for x, y in pts]
    source = proj4[code].replace(" +no_defs", "") + " +towgs84=" + shift + " +no_defs"
    env = dict(os.environ, OGR_CT_FORCE_TRADITIONAL_GIS_ORDER="YES")
    out = subprocess.run(["gdaltransform", "-s_srs", source, "-t_srs", "EPSG:4326", "-output_xy"],
                         input="".join("%r %r\n" % p for p in pts), capture_output=True, text=True, env=env,
                         check=True).stdout
    for p, line in zip(pts, out.strip().splitlines()):
        q = [float(v) for v in line.split()[:2]]
        shift_rows.append([code, shift.replace(",", ";"), 4326] + list(p) + q)
with open(TOWGS84_OUT, "w", newline="", encoding="utf-8") as f:
    f.write("# Recorded by src/build/record-proj-reference.py with GDAL 3.6.2 / PROJ 9.1.1:\n")
    f.write("# OGR_CT_FORCE_TRADITIONAL_GIS_ORDER=YES gdaltransform -s_srs '<proj4 of source> +towgs84=<shift>'"
            " -t_srs EPSG:4326 -output_xy\n")
    wr = csv.writer(f, lineterminator="\n")
    wr.writerow(["source", "towgs84", "target", "x", "y", "expected_x", "expected_y"])
    for r in shift_rows:
        wr.writerow(r[:3] + ["%.10f" % v if abs(v) < 1000 else "%.4f" % v for v in r[3:]])
print(len(shift_rows), "towgs84 rows")
