#include "services/pointindex.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>
#include <vector>

// Why a Morton-ordered grid pyramid rather than one sorted array per zoom, or supercluster:
//
// The cells of zoom z are clusterRadiusPx / (256 * 2^z) of the unit square, aligned to its
// origin, so every cell of zoom z is exactly four cells of zoom z + 1. Numbering cells by their
// Morton (Z-order) code makes that nesting arithmetic: the parent of code k is k >> 2, and when
// the points are sorted once by their finest-level code, every cell at every level owns one
// contiguous range of them. One sort therefore serves all levels; each level is a sorted array
// of the non-empty cells with their aggregates (count, status mix, coordinate sums) and the
// index of their first child, i.e. a quadtree stored as arrays.
//
// A query walks that quadtree from level 0 down to the asked zoom, skipping cells outside the
// rectangle. A cell wholly inside answers from its aggregate in O(1); a cell cut by the edge of
// the rectangle is refined through its children down to the finest level, where only its own
// points are tested. So the counts are exactly the points inside the rectangle, and the cost is
// O(marks + cells visited): the cells under the rectangle's edge, never the points away from it.
// Per-zoom sorted arrays of (row, column) would need a binary search per row plus a scan of
// every point of each edge cell; supercluster's greedy radius clusters drift as points are
// added and cannot be clipped exactly.
//
// Categories: each category has its own pyramid, and a query merges the categories shown by
// cell code. A mask that hides most categories then costs nothing for the hidden ones, which
// per-cell category counts (64 counters per cell, or a scan of hidden points in edge cells)
// would not give.
//
// The data sit behind a shared pointer so a copy of the index (say, one handed to the render
// thread) costs nothing; update() copies them first when they are shared (copy-on-write).

namespace atalaya {

namespace {

// The latitude at which Web Mercator's square ends: atan(sinh(pi)).
constexpr double kMaxLatitude = 85.051128779806592;
// Deepest pyramid level: 256 * 2^22 pixels over a 1-pixel cell still numbers its cells in 32 bits.
constexpr int kDeepestLevel = 22;
// Below this the finest level would hold too many points per cell for quick single-point
// queries, so the pyramid goes at least this deep whatever maxClusterZoom says.
constexpr int kMinFinestLevel = 14;
constexpr double kDefaultRadiusPx = 48;

quint64 spreadBits(quint32 value)
{
    quint64 v = value;
    v = (v | (v << 16)) & 0x0000FFFF0000FFFFull;
    v = (v | (v << 8)) & 0x00FF00FF00FF00FFull;
    v = (v | (v << 4)) & 0x0F0F0F0F0F0F0F0Full;
    v = (v | (v << 2)) & 0x3333333333333333ull;
    v = (v | (v << 1)) & 0x5555555555555555ull;
    return v;
}

quint32 compactBits(quint64 v)
{
    v &= 0x5555555555555555ull;
    v = (v | (v >> 1)) & 0x3333333333333333ull;
    v = (v | (v >> 2)) & 0x0F0F0F0F0F0F0F0Full;
    v = (v | (v >> 4)) & 0x00FF00FF00FF00FFull;
    v = (v | (v >> 8)) & 0x0000FFFF0000FFFFull;
    v = (v | (v >> 16)) & 0x00000000FFFFFFFFull;
    return quint32(v);
}

bool validStatus(ServiceStatus status)
{
    return quint8(status) < kServiceStatusCount;
}

bool validPoint(const IndexedPoint &point)
{
    return std::isfinite(point.lat) && std::isfinite(point.lon) && std::abs(point.lat) <= kMaxLatitude
        && std::abs(point.lon) <= 180.0 && point.category < kMaxCategories && validStatus(point.status);
}

} // namespace

MercatorPoint toMercator(double lat, double lon)
{
    const double phi = std::clamp(lat, -kMaxLatitude, kMaxLatitude) * std::numbers::pi / 180.0;
    const double y = 0.5 - std::log(std::tan(std::numbers::pi / 4.0 + phi / 2.0)) / (2.0 * std::numbers::pi);
    return {(lon + 180.0) / 360.0, std::clamp(y, 0.0, 1.0)};
}

void fromMercator(const MercatorPoint &point, double *lat, double *lon)
{
    if (lon)
        *lon = point.x * 360.0 - 180.0;
    if (lat)
        *lat = std::atan(std::sinh(std::numbers::pi * (1.0 - 2.0 * point.y))) * 180.0 / std::numbers::pi;
}

namespace {

/** Everything an index holds; PointIndex::Data is this under the header's opaque name. */
struct Store {
    struct Point {
        double x = 0;
        double y = 0;
        qint64 id = 0;
        quint64 code = 0; // Morton code of the point's cell at the finest level
        ServiceStatus status = ServiceStatus::Open;
    };
    struct Cell {
        quint64 key = 0;        // Morton code at the cell's level
        quint32 begin = 0;      // first point, in the category's code-sorted points
        quint32 count = 0;
        quint32 firstChild = 0; // first cell of the next level inside this one
        std::array<quint32, kServiceStatusCount> status{};
        double sumX = 0;
        double sumY = 0;
    };
    /** One category's points and pyramid (levels[0] coarsest, levels[finest] finest). */
    struct Tree {
        std::vector<Point> points;
        std::vector<std::vector<Cell>> levels;
    };
    struct Location {
        quint16 category = 0;
        quint64 code = 0;
    };

    int clusterZoom = 17; // levels below this cluster; from it on every point is a mark
    int finest = 17;
    double cellSize0 = kDefaultRadiusPx / 256.0; // side of a level-0 cell in the unit square
    double finestScale = 0;                     // finest cells per unit
    quint32 finestCellsPerSide = 0;
    std::array<Tree, kMaxCategories> trees;
    qsizetype size = 0;
    qsizetype rejected = 0;
    QHash<qint64, Location> locations;

    double cellSize(int level) const { return std::ldexp(cellSize0, -level); }

    quint64 codeOf(double x, double y) const
    {
        const double last = double(finestCellsPerSide - 1);
        const auto cx = quint32(std::clamp(std::floor(x * finestScale), 0.0, last));
        const auto cy = quint32(std::clamp(std::floor(y * finestScale), 0.0, last));
        return spreadBits(cx) | (spreadBits(cy) << 1);
    }

    /** The cells of level + 1 inside cell `index` of `level`. */
    std::pair<quint32, quint32> children(const Tree &tree, int level, quint32 index) const
    {
        const std::vector<Cell> &cells = tree.levels[size_t(level)];
        const quint32 end = index + 1 < cells.size() ? cells[index + 1].firstChild
                                                     : quint32(tree.levels[size_t(level) + 1].size());
        return {cells[index].firstChild, end};
    }

    void buildLevels(Tree &tree) const
    {
        tree.levels.assign(size_t(finest) + 1, {});
        std::vector<Cell> &leaves = tree.levels[size_t(finest)];
        for (quint32 i = 0; i < tree.points.size(); ++i) {
            const Point &point = tree.points[i];
            if (leaves.empty() || leaves.back().key != point.code)
                leaves.push_back(Cell{point.code, i, 0, 0, {}, 0, 0});
            Cell &cell = leaves.back();
            ++cell.count;
            ++cell.status[quint8(point.status)];
            cell.sumX += point.x;
            cell.sumY += point.y;
        }
        for (int level = finest - 1; level >= 0; --level) {
            const std::vector<Cell> &finer = tree.levels[size_t(level) + 1];
            std::vector<Cell> &cells = tree.levels[size_t(level)];
            for (quint32 j = 0; j < finer.size(); ++j) {
                const Cell &child = finer[j];
                const quint64 key = child.key >> 2;
                if (cells.empty() || cells.back().key != key)
                    cells.push_back(Cell{key, child.begin, 0, j, {}, 0, 0});
                Cell &cell = cells.back();
                cell.count += child.count;
                for (int s = 0; s < kServiceStatusCount; ++s)
                    cell.status[size_t(s)] += child.status[size_t(s)];
                cell.sumX += child.sumX;
                cell.sumY += child.sumY;
            }
        }
    }
};

using Data = Store;

/** A running sum of points, cells or other sums: what a mark shows. */
struct Aggregate {
    qint64 count = 0;
    double sumX = 0;
    double sumY = 0;
    std::array<int, kServiceStatusCount> status{};
    int category = -1;
    qint64 id = 0; // meaningful only while count == 1

    void merge(qint64 otherCount, double x, double y, const std::array<int, kServiceStatusCount> &otherStatus,
               int otherCategory, qint64 otherId)
    {
        if (otherCount == 0)
            return;
        if (count == 0) {
            category = otherCategory;
            id = otherId;
        } else {
            if (category != otherCategory)
                category = -1;
            id = 0;
        }
        count += otherCount;
        sumX += x;
        sumY += y;
        for (int s = 0; s < kServiceStatusCount; ++s)
            status[size_t(s)] += otherStatus[size_t(s)];
    }
    void add(const Data::Point &point, int pointCategory)
    {
        std::array<int, kServiceStatusCount> one{};
        one[quint8(point.status)] = 1;
        merge(1, point.x, point.y, one, pointCategory, point.id);
    }
    void add(const Data::Cell &cell, const Data::Tree &tree, int cellCategory)
    {
        if (cell.count == 1) {
            // The point itself rather than sums an edit may have nudged by an ulp.
            add(tree.points[cell.begin], cellCategory);
            return;
        }
        std::array<int, kServiceStatusCount> counts{};
        for (int s = 0; s < kServiceStatusCount; ++s)
            counts[size_t(s)] = int(cell.status[size_t(s)]);
        merge(cell.count, cell.sumX, cell.sumY, counts, cellCategory, 0);
    }
    void add(const Aggregate &other)
    {
        merge(other.count, other.sumX, other.sumY, other.status, other.category, other.id);
    }
};

enum class Overlap { None, Partial, Whole };

/** The rectangle of a query and the walks over a category's pyramid under it. */
class Walker
{
public:
    Walker(const Data &data, const QRectF &visible)
        : m_data(data)
    {
        const QRectF r = visible.normalized();
        m_left = r.left();
        m_right = r.right();
        m_top = r.top();
        m_bottom = r.bottom();
        // A point's cell comes from floor(x * scale), which may err by an ulp or so at a cell
        // border; judging cells with this slack sends such points to the exact per-point test.
        m_slack = data.cellSize(data.finest) * 1e-4;
    }

    bool valid() const
    {
        return std::isfinite(m_left) && std::isfinite(m_right) && std::isfinite(m_top) && std::isfinite(m_bottom);
    }

    bool contains(const Data::Point &p) const
    {
        return p.x >= m_left && p.x <= m_right && p.y >= m_top && p.y <= m_bottom;
    }

    Overlap overlap(quint64 key, int level) const
    {
        const double size = m_data.cellSize(level);
        const double x0 = double(compactBits(key)) * size - m_slack;
        const double y0 = double(compactBits(key >> 1)) * size - m_slack;
        const double x1 = x0 + size + 2 * m_slack;
        const double y1 = y0 + size + 2 * m_slack;
        if (x1 < m_left || x0 > m_right || y1 < m_top || y0 > m_bottom)
            return Overlap::None;
        if (x0 >= m_left && x1 <= m_right && y0 >= m_top && y1 <= m_bottom)
            return Overlap::Whole;
        return Overlap::Partial;
    }

    /** Adds the points of cell `index` at `level` that are inside the rectangle. */
    void gather(const Data::Tree &tree, int level, quint32 index, int category, Aggregate &sum) const
    {
        const Data::Cell &cell = tree.levels[size_t(level)][index];
        const Overlap where = overlap(cell.key, level);
        if (where == Overlap::None)
            return;
        if (where == Overlap::Whole) {
            sum.add(cell, tree, category);
            return;
        }
        if (level == m_data.finest) {
            for (quint32 i = cell.begin; i < cell.begin + cell.count; ++i) {
                if (contains(tree.points[i]))
                    sum.add(tree.points[i], category);
            }
            return;
        }
        const auto [first, end] = m_data.children(tree, level, index);
        for (quint32 child = first; child < end; ++child)
            gather(tree, level + 1, child, category, sum);
    }

    /** Calls visit(index, overlap) for every cell of `target` level under the rectangle. */
    template<typename Visit>
    void descend(const Data::Tree &tree, int level, quint32 first, quint32 end, int target, bool whole, Visit &visit) const
    {
        const std::vector<Data::Cell> &cells = tree.levels[size_t(level)];
        for (quint32 i = first; i < end; ++i) {
            const Overlap where = whole ? Overlap::Whole : overlap(cells[i].key, level);
            if (where == Overlap::None)
                continue;
            if (level == target) {
                visit(i, where);
                continue;
            }
            const auto [childFirst, childEnd] = m_data.children(tree, level, i);
            descend(tree, level + 1, childFirst, childEnd, target, where == Overlap::Whole, visit);
        }
    }

    template<typename Visit>
    void descend(const Data::Tree &tree, int target, Visit &visit) const
    {
        if (!tree.points.empty())
            descend(tree, 0, 0, quint32(tree.levels[0].size()), target, false, visit);
    }

    qint64 count(const Data::Tree &tree, int level, quint32 first, quint32 end) const
    {
        qint64 total = 0;
        const std::vector<Data::Cell> &cells = tree.levels[size_t(level)];
        for (quint32 i = first; i < end; ++i) {
            const Data::Cell &cell = cells[i];
            const Overlap where = overlap(cell.key, level);
            if (where == Overlap::Whole) {
                total += cell.count;
            } else if (where == Overlap::Partial) {
                if (level == m_data.finest) {
                    for (quint32 p = cell.begin; p < cell.begin + cell.count; ++p)
                        total += contains(tree.points[p]) ? 1 : 0;
                } else {
                    const auto [childFirst, childEnd] = m_data.children(tree, level, i);
                    total += count(tree, level + 1, childFirst, childEnd);
                }
            }
        }
        return total;
    }

private:
    const Data &m_data;
    double m_left = 0;
    double m_right = 0;
    double m_top = 0;
    double m_bottom = 0;
    double m_slack = 0;
};

/** The integer zoom a fractional one stands for, or -1 when it is not a number. */
int zoomLevel(double zoom)
{
    if (std::isnan(zoom))
        return -1;
    return int(std::clamp(std::floor(zoom), 0.0, 64.0));
}

PointCluster toCluster(const Aggregate &sum, quint64 key, int level, const Data &data)
{
    PointCluster cluster;
    cluster.count = int(sum.count);
    cluster.category = sum.category;
    cluster.statusCounts = sum.status;
    if (sum.count == 1) {
        cluster.position = {sum.sumX, sum.sumY};
        cluster.id = sum.id;
        return cluster;
    }
    // The mean lies inside the cell, bar rounding; keeping it a hair inside makes the cell it
    // names unambiguous, which members() relies on.
    const double size = data.cellSize(level);
    const double inset = size * 1e-6;
    const double x0 = double(compactBits(key)) * size;
    const double y0 = double(compactBits(key >> 1)) * size;
    cluster.position.x = std::clamp(sum.sumX / double(sum.count), x0 + inset, x0 + size - inset);
    cluster.position.y = std::clamp(sum.sumY / double(sum.count), y0 + inset, y0 + size - inset);
    return cluster;
}

} // namespace

struct PointIndex::Data : Store {
};

void PointIndex::build(std::span<const IndexedPoint> points)
{
    auto data = std::make_shared<Data>();
    data->clusterZoom = std::clamp(m_options.maxClusterZoom, 0, kDeepestLevel);
    data->finest = std::clamp(std::max(data->clusterZoom, kMinFinestLevel), 0, kDeepestLevel);
    const double radius = std::isfinite(m_options.clusterRadiusPx) ? std::clamp(m_options.clusterRadiusPx, 1.0, 65536.0)
                                                                   : kDefaultRadiusPx;
    data->cellSize0 = radius / 256.0;
    data->finestScale = std::ldexp(256.0 / radius, data->finest);
    data->finestCellsPerSide = quint32(std::ceil(data->finestScale));

    std::array<qsizetype, kMaxCategories> perCategory{};
    for (const IndexedPoint &point : points) {
        if (validPoint(point))
            ++perCategory[point.category];
    }
    for (int c = 0; c < kMaxCategories; ++c)
        data->trees[size_t(c)].points.reserve(size_t(perCategory[size_t(c)]));
    data->locations.reserve(points.size());
    for (const IndexedPoint &point : points) {
        if (!validPoint(point)) {
            ++data->rejected;
            continue;
        }
        const MercatorPoint m = toMercator(point.lat, point.lon);
        const quint64 code = data->codeOf(m.x, m.y);
        data->trees[point.category].points.push_back({m.x, m.y, point.id, code, point.status});
        data->locations.insert(point.id, {point.category, code});
        ++data->size;
    }
    for (Data::Tree &tree : data->trees) {
        // Stable, so points sharing a cell keep the caller's order and results are repeatable.
        std::stable_sort(tree.points.begin(), tree.points.end(),
                         [](const Data::Point &a, const Data::Point &b) { return a.code < b.code; });
        data->buildLevels(tree);
    }
    m_data = std::move(data);
}

bool PointIndex::update(const IndexedPoint &point)
{
    if (!m_data || !validPoint(point))
        return false;
    const auto found = m_data->locations.constFind(point.id);
    if (found == m_data->locations.cend())
        return false;
    const Data::Location was = found.value();
    if (m_data.use_count() > 1)
        m_data = std::make_shared<Data>(*m_data);
    Store &data = *m_data;

    Data::Tree &tree = data.trees[was.category];
    const auto run = std::equal_range(tree.points.begin(), tree.points.end(), was.code,
                                      [](const auto &a, const auto &b) {
                                          if constexpr (std::is_same_v<std::decay_t<decltype(a)>, quint64>)
                                              return a < b.code;
                                          else
                                              return a.code < b;
                                      });
    const auto it = std::find_if(run.first, run.second, [&](const Data::Point &p) { return p.id == point.id; });
    if (it == run.second)
        return false; // cannot happen while locations and trees agree
    const MercatorPoint m = toMercator(point.lat, point.lon);
    const quint64 code = data.codeOf(m.x, m.y);

    if (point.category == was.category && code == was.code) {
        // Same cell at every level: adjust the aggregates along the path, nothing moves.
        const double dx = m.x - it->x;
        const double dy = m.y - it->y;
        const ServiceStatus before = it->status;
        it->x = m.x;
        it->y = m.y;
        it->status = point.status;
        for (int level = data.finest; level >= 0; --level) {
            std::vector<Data::Cell> &cells = tree.levels[size_t(level)];
            const quint64 key = code >> (2 * (data.finest - level));
            const auto cell = std::lower_bound(cells.begin(), cells.end(), key,
                                               [](const Data::Cell &c, quint64 k) { return c.key < k; });
            --cell->status[quint8(before)];
            ++cell->status[quint8(point.status)];
            cell->sumX += dx;
            cell->sumY += dy;
        }
        return true;
    }

    // A move to another cell or category re-sorts the point; rebuilding the one or two pyramids
    // concerned is O(points of those categories), fine for an owner's edit.
    tree.points.erase(it);
    Data::Tree &target = data.trees[point.category];
    const auto at = std::upper_bound(target.points.begin(), target.points.end(), code,
                                     [](quint64 k, const Data::Point &p) { return k < p.code; });
    target.points.insert(at, Data::Point{m.x, m.y, point.id, code, point.status});
    data.buildLevels(tree);
    if (&target != &tree)
        data.buildLevels(target);
    data.locations.insert(point.id, {point.category, code});
    return true;
}

qsizetype PointIndex::size() const
{
    return m_data ? m_data->size : 0;
}

qsizetype PointIndex::rejected() const
{
    return m_data ? m_data->rejected : 0;
}

QList<PointCluster> PointIndex::clusters(double zoom, const QRectF &visible, CategoryMask categories) const
{
    QList<PointCluster> result;
    const int level = zoomLevel(zoom);
    if (!m_data || level < 0)
        return result;
    const Store &data = *m_data;
    const Walker walker(data, visible);
    if (!walker.valid())
        return result;

    if (level >= data.clusterZoom) {
        for (int c = 0; c < kMaxCategories; ++c) {
            if (!(categories & (CategoryMask(1) << c)))
                continue;
            const Data::Tree &tree = data.trees[size_t(c)];
            auto visitCell = [&](quint32 index, Overlap where) {
                const Data::Cell &cell = tree.levels[size_t(data.finest)][index];
                for (quint32 i = cell.begin; i < cell.begin + cell.count; ++i) {
                    const Data::Point &p = tree.points[i];
                    if (where == Overlap::Whole || walker.contains(p)) {
                        PointCluster mark;
                        mark.position = {p.x, p.y};
                        mark.count = 1;
                        mark.id = p.id;
                        mark.category = c;
                        mark.statusCounts[quint8(p.status)] = 1;
                        result.append(mark);
                    }
                }
            };
            walker.descend(tree, data.finest, visitCell);
        }
        return result;
    }

    std::vector<std::pair<quint64, Aggregate>> cells;
    int contributing = 0;
    for (int c = 0; c < kMaxCategories; ++c) {
        if (!(categories & (CategoryMask(1) << c)))
            continue;
        const Data::Tree &tree = data.trees[size_t(c)];
        const size_t before = cells.size();
        auto visitCell = [&](quint32 index, Overlap where) {
            Aggregate sum;
            if (where == Overlap::Whole)
                sum.add(tree.levels[size_t(level)][index], tree, c);
            else
                walker.gather(tree, level, index, c, sum);
            if (sum.count > 0)
                cells.emplace_back(tree.levels[size_t(level)][index].key, sum);
        };
        walker.descend(tree, level, visitCell);
        if (cells.size() > before)
            ++contributing;
    }
    // Each category's cells come in code order; with several, bring equal cells together.
    if (contributing > 1) {
        std::stable_sort(cells.begin(), cells.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    }
    result.reserve(qsizetype(cells.size()));
    for (size_t i = 0; i < cells.size();) {
        Aggregate sum = cells[i].second;
        size_t j = i + 1;
        for (; j < cells.size() && cells[j].first == cells[i].first; ++j)
            sum.add(cells[j].second);
        result.append(toCluster(sum, cells[i].first, level, data));
        i = j;
    }
    return result;
}

std::array<int, kMaxCategories> PointIndex::countsInView(const QRectF &visible, CategoryMask categories) const
{
    std::array<int, kMaxCategories> counts{};
    if (!m_data)
        return counts;
    const Walker walker(*m_data, visible);
    if (!walker.valid())
        return counts;
    for (int c = 0; c < kMaxCategories; ++c) {
        const Data::Tree &tree = m_data->trees[size_t(c)];
        if (!(categories & (CategoryMask(1) << c)) || tree.points.empty())
            continue;
        counts[size_t(c)] = int(walker.count(tree, 0, 0, quint32(tree.levels[0].size())));
    }
    return counts;
}

QList<qint64> PointIndex::members(const PointCluster &cluster, double zoom, CategoryMask categories) const
{
    return members(cluster, zoom, QRectF(), categories);
}

QList<qint64> PointIndex::members(const PointCluster &cluster, double zoom, const QRectF &visible,
                                  CategoryMask categories) const
{
    QList<qint64> ids;
    const int level = zoomLevel(zoom);
    if (!m_data || level < 0 || cluster.count <= 0)
        return ids;
    const Store &data = *m_data;
    if (level >= data.clusterZoom) {
        // Every mark is one point here, and several may share a spot: the id says which.
        const auto found = data.locations.constFind(cluster.id);
        if (cluster.count == 1 && found != data.locations.cend() && (categories & (CategoryMask(1) << found->category)))
            ids.append(cluster.id);
        return ids;
    }
    if (!std::isfinite(cluster.position.x) || !std::isfinite(cluster.position.y))
        return ids;
    const bool clip = !visible.isNull();
    const Walker walker(data, visible);
    if (clip && !walker.valid())
        return ids;
    const quint64 key = data.codeOf(cluster.position.x, cluster.position.y) >> (2 * (data.finest - level));
    for (int c = 0; c < kMaxCategories; ++c) {
        if (!(categories & (CategoryMask(1) << c)))
            continue;
        const Data::Tree &tree = data.trees[size_t(c)];
        if (tree.points.empty())
            continue;
        const std::vector<Data::Cell> &cells = tree.levels[size_t(level)];
        const auto cell = std::lower_bound(cells.begin(), cells.end(), key,
                                           [](const Data::Cell &cell, quint64 k) { return cell.key < k; });
        if (cell == cells.end() || cell->key != key)
            continue;
        for (quint32 i = cell->begin; i < cell->begin + cell->count; ++i) {
            if (!clip || walker.contains(tree.points[i]))
                ids.append(tree.points[i].id);
        }
    }
    return ids;
}

} // namespace atalaya
