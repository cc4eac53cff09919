#!/usr/bin/env python3
"""Generates planex-crs's EPSG catalogue (src/main/resources/org/planex/crs/epsg-catalog.tsv.gz, and the subset
epsg-common.tsv.gz of the CRSs plan data mostly uses) and
planex-model's table of north-first CRSs (epsg-northing-first.txt) from PROJ's proj.db.

The list of CRSs (every EPSG geographic 2D and projected CRS, deprecated ones flagged), their names, axis
directions, units and areas of use are read from proj.db with sqlite3; the proj4 string (with +towgs84 where
GDAL adds one), the OGC WKT 1 and the ESRI WKT 1 of each come from `gdalsrsinfo -o all --single-line EPSG:N`,
which is what ogr2ogr writes into .prj files and GeoPackages.

Usage, from modules/planex-crs, with GDAL and PROJ installed (about 5 minutes):
    python3 src/build/generate-epsg-catalog.py [/usr/share/proj/proj.db]

Output columns (tab-separated, one CRS a line, '-' for none): code, kind (G geographic 2D, P projected),
deprecated (0/1), axis order (EN east/north first, NE north/south first), unit name, unit factor (metres or
radians per unit), west, south, east, north (area of use, degrees), name, proj4, OGC WKT 1, ESRI WKT 1.
"""
import gzip
import os
import sqlite3
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(MODULE, "src/main/resources/org/planex/crs/epsg-catalog.tsv.gz")
COMMON_OUT = os.path.join(MODULE, "src/main/resources/org/planex/crs/epsg-common.tsv.gz")
# The CRSs plan data is mostly exchanged in, repeated in a small resource read first (a few ms instead of a
# pass over the whole catalogue): CGCS2000 and its Gauss-Kruger zones, WGS 84, Web Mercator, WGS 84 / UTM,
# Hong Kong 1980, NAD83.
COMMON = set([4490, 4326, 3857, 2326, 4611, 4269] + list(range(4491, 4555)) + list(range(32601, 32661))
             + list(range(32701, 32761)))
NORTH_FIRST = os.path.join(MODULE, "../planex-model/src/main/resources/org/planex/model/epsg-northing-first.txt")


def rows(db):
    q = """
    SELECT c.code, 'G', c.deprecated, c.name, c.coordinate_system_auth_name, c.coordinate_system_code
      FROM geodetic_crs c WHERE c.auth_name = 'EPSG' AND c.type = 'geographic 2D'
    UNION ALL
    SELECT c.code, 'P', c.deprecated, c.name, c.coordinate_system_auth_name, c.coordinate_system_code
      FROM projected_crs c WHERE c.auth_name = 'EPSG'
    """
    for code, kind, deprecated, name, cs_auth, cs_code in db.execute(q):
        axes = db.execute("""SELECT a.orientation, a.uom_auth_name, a.uom_code FROM axis a
            WHERE a.coordinate_system_auth_name = ? AND a.coordinate_system_code = ? ORDER BY a.coordinate_system_order""",
                          (cs_auth, cs_code)).fetchall()
        if not axes:
            continue
        first = axes[0][0].lower()
        order = "NE" if first.startswith("north") or first.startswith("south") else "EN"
        unit = db.execute("SELECT name, conv_factor FROM unit_of_measure WHERE auth_name = ? AND code = ?",
                          (axes[0][1], axes[0][2])).fetchone() or ("-", None)
        table = "geodetic_crs" if kind == "G" else "projected_crs"
        bbox = db.execute("""SELECT e.west_lon, e.south_lat, e.east_lon, e.north_lat FROM usage u JOIN extent e
            ON e.auth_name = u.extent_auth_name AND e.code = u.extent_code
            WHERE u.object_table_name = ? AND u.object_auth_name = 'EPSG' AND u.object_code = ?
            ORDER BY (e.north_lat - e.south_lat) * ((e.east_lon - e.west_lon + 360) % 360) DESC LIMIT 1""",
                          (table, code)).fetchone() or ("-",) * 4
        yield int(code), kind, deprecated, order, unit, bbox, name


def gdal(code):
    out = subprocess.run(["gdalsrsinfo", "-o", "all", "--single-line", "EPSG:%d" % code],
                         capture_output=True, text=True).stdout
    found = {}
    lines = out.splitlines()
    for i, line in enumerate(lines):
        for key in ("PROJ.4 :", "OGC WKT1 :", "ESRI WKT :"):
            if line.strip() == key or line.startswith(key + " "):
                value = line[len(key):].strip()
                if not value and i + 1 < len(lines):
                    value = lines[i + 1].strip()
                found[key] = value or "-"
    return [found.get(k, "-").replace("\t", " ") for k in ("PROJ.4 :", "OGC WKT1 :", "ESRI WKT :")]


def num(v):
    return "-" if v is None or v == "-" else repr(float(v))


def write(header, lines):
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(header)
        f.write("\n".join(lines))
        f.write("\n")
    with gzip.open(COMMON_OUT, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(header)
        f.write("\n".join(l for l in lines if int(l.split("\t", 1)[0]) in COMMON))
        f.write("\n")


def main():
    db = sqlite3.connect(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/proj/proj.db")
    meta = dict(db.execute("SELECT key, value FROM metadata"))
    version = subprocess.run(["gdalsrsinfo", "--version"], capture_output=True, text=True).stdout.strip()
    out = []
    north_first = []
    for code, kind, deprecated, order, unit, bbox, name in sorted(rows(db)):
        proj4, ogc, esri = gdal(code)
        if order == "NE":
            north_first.append(code)
        out.append("\t".join([str(code), kind, str(deprecated), order, unit[0], num(unit[1])]
                             + [num(v) for v in bbox] + [name.replace("\t", " "), proj4, ogc, esri]))
    header = ("# EPSG dataset %s (%s) from PROJ %s proj.db; text forms from %s.\n"
              "# Generated by src/build/generate-epsg-catalog.py. EPSG data: see EPSG-TERMS.txt.\n"
              % (meta["EPSG.VERSION"], meta["EPSG.DATE"], meta["PROJ.VERSION"], version))
    write(header, out)
    ranges = []
    for c in north_first:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    with open(NORTH_FIRST, "w", encoding="ascii") as f:
        f.write("# EPSG geographic 2D and projected CRS codes whose first axis points north or south (latitude or\n"
                "# northing first), deprecated ones included. Ranges 'from-to' or single codes, one per line.\n"
                "# EPSG dataset %s from PROJ %s proj.db, by planex-crs/src/build/generate-epsg-catalog.py.\n"
                "# Every other code is easting/longitude first.\n" % (meta["EPSG.VERSION"], meta["PROJ.VERSION"]))
        for a, b in ranges:
            f.write("%d\n" % a if a == b else "%d-%d\n" % (a, b))
    print("%d CRSs, %d north-first" % (len(out), len(north_first)))


if __name__ == "__main__":
    main()
