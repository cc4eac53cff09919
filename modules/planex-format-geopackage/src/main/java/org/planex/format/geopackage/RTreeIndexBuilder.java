package org.planex.format.geopackage;

import static org.planex.format.geopackage.GeoPackageSql.quote;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Builds the spatial index of a feature table after its rows are inserted: the GeoPackage R-tree extension
 * (GeoPackage 1.2, annex F.3) with its {@code gpkg_extensions} row, the SQLite R-tree virtual table
 * {@code rtree_<table>_<column>}, and the six triggers that keep it current when other software edits the table
 * (they call the {@code ST_*} functions GeoPackage-aware SQLite hosts such as GDAL provide).
 *
 * <p>The tree is bulk-loaded, as GDAL does: the boxes are packed by Sort-Tile-Recursive into full nodes, which are
 * written straight into the R-tree's shadow tables ({@code _node}, {@code _rowid}, {@code _parent}) in SQLite's
 * node format (big-endian: depth and cell count, then per cell a 64-bit id and four 32-bit float coordinates).
 * That is many times faster than inserting row by row and gives a better tree; SQLite's {@code rtreecheck()}
 * accepts it.
 */
final class RTreeIndexBuilder {

    private static final int CELL_SIZE = 8 + 4 * 4;

    private final Connection conn;
    private final String rtree;
    private PreparedStatement nodeInsert;
    private PreparedStatement rowidInsert;
    private PreparedStatement parentInsert;
    private int nodeSize;
    private int maxCells;
    private long nextNode = 2;

    private RTreeIndexBuilder(Connection conn, String rtree) {
        this.conn = conn;
        this.rtree = rtree;
    }

    /**
     * Creates and fills the index of {@code table}.{@code column} whose primary key is {@code pk}.
     *
     * @param entries the boxes of the table's non-empty geometries
     */
    static void build(Connection conn, String table, String column, String pk, RTreeEntries entries)
            throws SQLException {
        String name = "rtree_" + table + "_" + column;
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE " + quote(name) + " USING rtree(id, minx, maxx, miny, maxy)");
        }
        new RTreeIndexBuilder(conn, name).load(entries);
        createTriggers(conn, name, quote(table), quote(column), quote(pk));
        try (PreparedStatement ext = conn.prepareStatement("INSERT INTO gpkg_extensions (table_name, column_name, "
                + "extension_name, definition, scope) VALUES (?, ?, 'gpkg_rtree_index', "
                + "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')")) {
            ext.setString(1, table);
            ext.setString(2, column);
            ext.executeUpdate();
        }
    }

    private void load(RTreeEntries entries) throws SQLException {
        if (entries.size() == 0) {
            return;
        }
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery("SELECT length(data) FROM " + quote(rtree + "_node")
                        + " WHERE nodeno = 1")) {
            nodeSize = rs.next() ? rs.getInt(1) : 0;
        }
        maxCells = (nodeSize - 4) / CELL_SIZE;
        if (maxCells < 2) {
            throw new SQLException("unexpected R-tree node size " + nodeSize);
        }
        try (PreparedStatement nodes = conn.prepareStatement("INSERT OR REPLACE INTO " + quote(rtree + "_node")
                + " VALUES (?, ?)");
                PreparedStatement rowids = conn.prepareStatement("INSERT INTO " + quote(rtree + "_rowid")
                        + " (rowid, nodeno) VALUES (?, ?)");
                PreparedStatement parents = conn.prepareStatement("INSERT INTO " + quote(rtree + "_parent")
                        + " VALUES (?, ?)")) {
            nodeInsert = nodes;
            rowidInsert = rowids;
            parentInsert = parents;
            RTreeEntries level = entries;
            for (int depth = 0; ; depth++) {
                int n = level.size();
                int[] order = strOrder(level);
                if (n <= maxCells) {
                    writeNode(1, depth, depth, level, order, 0, n);
                    return;
                }
                RTreeEntries above = new RTreeEntries();
                for (int from = 0; from < n; from += maxCells) {
                    int to = Math.min(n, from + maxCells);
                    long node = nextNode++;
                    writeNode(node, 0, depth, level, order, from, to);
                    float minX = Float.POSITIVE_INFINITY;
                    float maxX = Float.NEGATIVE_INFINITY;
                    float minY = Float.POSITIVE_INFINITY;
                    float maxY = Float.NEGATIVE_INFINITY;
                    for (int k = from; k < to; k++) {
                        int i = order[k];
                        minX = Math.min(minX, level.box(i, 0));
                        maxX = Math.max(maxX, level.box(i, 1));
                        minY = Math.min(minY, level.box(i, 2));
                        maxY = Math.max(maxY, level.box(i, 3));
                    }
                    above.add(node, minX, maxX, minY, maxY);
                }
                level = above;
            }
        }
    }

    /**
     * Writes one node with the cells {@code order[from..to)}: {@code depthField} is the tree depth for the root
     * (node 1) and 0 for other nodes; {@code level} 0 means the cells are rows, otherwise child nodes.
     */
    private void writeNode(long node, int depthField, int level, RTreeEntries cells, int[] order, int from, int to)
            throws SQLException {
        ByteBuffer b = ByteBuffer.allocate(nodeSize);
        b.putShort((short) depthField);
        b.putShort((short) (to - from));
        PreparedStatement link = level == 0 ? rowidInsert : parentInsert;
        for (int k = from; k < to; k++) {
            int i = order[k];
            b.putLong(cells.id(i));
            for (int o = 0; o < 4; o++) {
                b.putFloat(cells.box(i, o));
            }
            link.setLong(1, cells.id(i));
            link.setLong(2, node);
            link.addBatch();
        }
        link.executeBatch();
        nodeInsert.setLong(1, node);
        nodeInsert.setBytes(2, b.array());
        nodeInsert.executeUpdate();
    }

    /** The Sort-Tile-Recursive order of the entries: vertical slices by centre x, each sorted by centre y. */
    private int[] strOrder(RTreeEntries level) {
        int n = level.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key(level.box(i, 0) / 2 + level.box(i, 1) / 2, i);
        }
        Arrays.sort(keys);
        int leaves = (n + maxCells - 1) / maxCells;
        int slices = (int) Math.ceil(Math.sqrt(leaves));
        int sliceSize = slices * maxCells;
        int[] order = new int[n];
        long[] slice = new long[Math.min(n, sliceSize)];
        for (int from = 0; from < n; from += sliceSize) {
            int to = Math.min(n, from + sliceSize);
            for (int k = from; k < to; k++) {
                int i = (int) keys[k];
                slice[k - from] = key(level.box(i, 2) / 2 + level.box(i, 3) / 2, i);
            }
            Arrays.sort(slice, 0, to - from);
            for (int k = from; k < to; k++) {
                order[k] = (int) slice[k - from];
            }
        }
        return order;
    }

    /** A sort key: the float's order in the high 32 bits, the index in the low 32 bits. */
    private static long key(float value, int index) {
        int bits = Float.floatToIntBits(value);
        bits ^= (bits >> 31) & 0x7fffffff;
        return ((long) bits << 32) | (index & 0xffffffffL);
    }

    private static void createTriggers(Connection conn, String name, String t, String c, String i)
            throws SQLException {
        String rtree = quote(name);
        String values = "VALUES (NEW." + i + ", ST_MinX(NEW." + c + "), ST_MaxX(NEW." + c + "), ST_MinY(NEW." + c
                + "), ST_MaxY(NEW." + c + "))";
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TRIGGER " + quote(name + "_insert") + " AFTER INSERT ON " + t + " WHEN (new." + c
                    + " NOT NULL AND NOT ST_IsEmpty(NEW." + c + ")) BEGIN INSERT OR REPLACE INTO " + rtree + " "
                    + values + "; END");
            s.execute("CREATE TRIGGER " + quote(name + "_update1") + " AFTER UPDATE OF " + c + " ON " + t
                    + " WHEN OLD." + i + " = NEW." + i + " AND (NEW." + c + " NOTNULL AND NOT ST_IsEmpty(NEW." + c
                    + ")) BEGIN INSERT OR REPLACE INTO " + rtree + " " + values + "; END");
            s.execute("CREATE TRIGGER " + quote(name + "_update2") + " AFTER UPDATE OF " + c + " ON " + t
                    + " WHEN OLD." + i + " = NEW." + i + " AND (NEW." + c + " ISNULL OR ST_IsEmpty(NEW." + c
                    + ")) BEGIN DELETE FROM " + rtree + " WHERE id = OLD." + i + "; END");
            s.execute("CREATE TRIGGER " + quote(name + "_update3") + " AFTER UPDATE ON " + t + " WHEN OLD." + i
                    + " != NEW." + i + " AND (NEW." + c + " NOTNULL AND NOT ST_IsEmpty(NEW." + c + ")) BEGIN DELETE FROM "
                    + rtree + " WHERE id = OLD." + i + "; INSERT OR REPLACE INTO " + rtree + " " + values + "; END");
            s.execute("CREATE TRIGGER " + quote(name + "_update4") + " AFTER UPDATE ON " + t + " WHEN OLD." + i
                    + " != NEW." + i + " AND (NEW." + c + " ISNULL OR ST_IsEmpty(NEW." + c + ")) BEGIN DELETE FROM "
                    + rtree + " WHERE id IN (OLD." + i + ", NEW." + i + "); END");
            s.execute("CREATE TRIGGER " + quote(name + "_delete") + " AFTER DELETE ON " + t + " WHEN old." + c
                    + " NOT NULL BEGIN DELETE FROM " + rtree + " WHERE id = OLD." + i + "; END");
        }
    }
}
