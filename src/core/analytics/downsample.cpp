#include "downsample.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <type_traits>
#include <vector>

namespace atalaya {

namespace {

/** A stretch of the input: valid points (a run) or missing ones (a gap), both ends included. */
struct Segment {
    qsizetype first = 0;
    qsizetype last = 0;
    bool gap = false;
    qsizetype length() const { return last - first + 1; }
};

/** Bucket k of a run's interior is [start(k), start(k + 1)); integer arithmetic so that the
 *  buckets tile the interior exactly, with no point lost to rounding. */
struct Buckets {
    qsizetype runFirst = 0;
    qsizetype interior = 0; // run length - 2
    qsizetype count = 0;
    qsizetype start(qsizetype k) const { return runFirst + 1 + (k * interior) / count; }
    qsizetype of(qsizetype index) const
    {
        qsizetype k = ((index - runFirst - 1) * count) / interior;
        while (k > 0 && start(k) > index)
            --k;
        while (k + 1 < count && start(k + 1) <= index)
            ++k;
        return k;
    }
};

template<typename Y>
class Series
{
public:
    Series(std::span<const double> x, Y y) : m_x(x), m_y(y) { }

    qsizetype size() const { return qsizetype(m_x.size()); }
    double x(qsizetype i) const { return m_x[size_t(i)]; }
    bool valid(qsizetype i) const
    {
        if constexpr (std::is_same_v<Y, std::span<const double>>)
            return !std::isnan(m_y[size_t(i)]);
        else
            return m_y[size_t(i)].has_value() && !std::isnan(*m_y[size_t(i)]);
    }
    double y(qsizetype i) const
    {
        if constexpr (std::is_same_v<Y, std::span<const double>>)
            return m_y[size_t(i)];
        else
            return *m_y[size_t(i)];
    }

private:
    std::span<const double> m_x;
    Y m_y;
};

/** Plain LTTB over one run, except that a bucket holding a forced point (the series' maximum
 *  or minimum) keeps that point instead of the largest triangle. */
template<typename S>
void lttbRun(const S &series, const Segment &run, qsizetype target, const QList<qsizetype> &forced, QList<qsizetype> &out)
{
    const qsizetype length = run.length();
    if (target >= length) {
        for (qsizetype i = run.first; i <= run.last; ++i)
            out.append(i);
        return;
    }
    out.append(run.first);
    Buckets buckets{run.first, length - 2, target - 2};
    if (buckets.count > 0 && forced.size() == 2 && buckets.of(forced[0]) == buckets.of(forced[1])) {
        // Both extremes in one bucket would give target + 1 points; one bucket fewer gives the
        // room (target >= 4 here: the allocation reserves a place for every forced point).
        --buckets.count;
    }
    qsizetype a = run.first;
    qsizetype nextForced = 0;
    for (qsizetype k = 0; k < buckets.count; ++k) {
        const qsizetype lo = buckets.start(k);
        const qsizetype hi = buckets.start(k + 1);
        bool tookForced = false;
        while (nextForced < forced.size() && forced[nextForced] < hi) {
            out.append(forced[nextForced]);
            a = forced[nextForced];
            ++nextForced;
            tookForced = true;
        }
        if (tookForced)
            continue;

        double cx = 0.0;
        double cy = 0.0;
        if (k + 1 < buckets.count) {
            const qsizetype nextHi = buckets.start(k + 2);
            for (qsizetype i = hi; i < nextHi; ++i) {
                cx += series.x(i);
                cy += series.y(i);
            }
            const double count = double(nextHi - hi);
            cx /= count;
            cy /= count;
        } else {
            cx = series.x(run.last);
            cy = series.y(run.last);
        }
        const double ax = series.x(a);
        const double ay = series.y(a);
        double bestArea = -1.0;
        qsizetype best = lo;
        for (qsizetype i = lo; i < hi; ++i) {
            // Twice the triangle's area; the factor does not change which point wins.
            const double area = std::abs((ax - cx) * (series.y(i) - ay) - (ax - series.x(i)) * (cy - ay));
            if (area > bestArea) {
                bestArea = area;
                best = i;
            }
        }
        out.append(best);
        a = best;
    }
    out.append(run.last);
}

template<typename S>
Downsample::Result run(const S &series, qsizetype ySize, qsizetype threshold)
{
    Downsample::Result result;
    const qsizetype n = series.size();
    if (ySize != n) {
        result.error = Downsample::tr("The series has %1 x values but %2 y values.").arg(n).arg(ySize);
        return result;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (!std::isfinite(series.x(i))) {
            result.error = Downsample::tr("Point %1 has no valid x value.").arg(i);
            return result;
        }
        if (i > 0 && !(series.x(i) > series.x(i - 1))) {
            result.error = Downsample::tr("The x values must increase: point %1 (x = %2) does not come after point %3 (x = %4).")
                               .arg(i)
                               .arg(series.x(i))
                               .arg(i - 1)
                               .arg(series.x(i - 1));
            return result;
        }
        if (series.valid(i) && std::isinf(series.y(i))) {
            result.error = Downsample::tr("Point %1 has an infinite y value.").arg(i);
            return result;
        }
    }
    result.ok = true;
    if (n == 0)
        return result;
    if (threshold >= n) {
        result.indices.resize(n);
        std::iota(result.indices.begin(), result.indices.end(), qsizetype(0));
        return result;
    }
    if (threshold < 3) {
        result.ok = false;
        result.error = Downsample::tr("Cannot downsample %1 points to %2: at least 3 points are needed.").arg(n).arg(threshold);
        return result;
    }

    QList<Segment> segments;
    qsizetype maxIndex = -1;
    qsizetype minIndex = -1;
    for (qsizetype i = 0; i < n; ++i) {
        const bool gap = !series.valid(i);
        if (segments.isEmpty() || segments.last().gap != gap)
            segments.append({i, i, gap});
        else
            segments.last().last = i;
        if (!gap) {
            if (maxIndex < 0 || series.y(i) > series.y(maxIndex))
                maxIndex = i;
            if (minIndex < 0 || series.y(i) < series.y(minIndex))
                minIndex = i;
        }
    }

    // Share the budget: one point per gap and the ends of every run first, then the extremes
    // while there is room (the maximum before the minimum), then what is left in proportion to
    // what each run could still give.
    qsizetype gaps = 0;
    QList<QList<qsizetype>> forced(segments.size());
    QList<qsizetype> mandatory(segments.size(), 0);
    qsizetype mandatoryTotal = 0;
    for (qsizetype s = 0; s < segments.size(); ++s) {
        if (segments[s].gap) {
            ++gaps;
            continue;
        }
        mandatory[s] = std::min<qsizetype>(segments[s].length(), 2);
        mandatoryTotal += mandatory[s];
    }
    for (const qsizetype extreme : {maxIndex, minIndex}) {
        if (extreme < 0 || threshold - gaps - mandatoryTotal <= 0)
            break;
        for (qsizetype s = 0; s < segments.size(); ++s) {
            const Segment &segment = segments[s];
            if (!segment.gap && extreme > segment.first && extreme < segment.last && !forced[s].contains(extreme)) {
                forced[s].append(extreme);
                std::sort(forced[s].begin(), forced[s].end());
                ++mandatory[s];
                ++mandatoryTotal;
            }
        }
    }
    qsizetype spareTotal = 0;
    for (qsizetype s = 0; s < segments.size(); ++s) {
        if (!segments[s].gap)
            spareTotal += segments[s].length() - mandatory[s];
    }
    const qsizetype extra = std::max<qsizetype>(0, threshold - gaps - mandatoryTotal);

    result.indices.reserve(std::min(n, std::max(threshold, gaps + mandatoryTotal)));
    for (qsizetype s = 0; s < segments.size(); ++s) {
        const Segment &segment = segments[s];
        if (segment.gap) {
            result.indices.append(segment.first);
            continue;
        }
        const qsizetype spare = segment.length() - mandatory[s];
        const qsizetype target = mandatory[s] + (spareTotal > 0 ? extra * spare / spareTotal : 0);
        lttbRun(series, segment, target, forced[s], result.indices);
    }
    return result;
}

} // namespace

Downsample::Result Downsample::lttb(std::span<const double> x, std::span<const double> y, qsizetype threshold)
{
    return run(Series<std::span<const double>>(x, y), qsizetype(y.size()), threshold);
}

Downsample::Result Downsample::lttb(std::span<const double> x, std::span<const std::optional<double>> y, qsizetype threshold)
{
    return run(Series<std::span<const std::optional<double>>>(x, y), qsizetype(y.size()), threshold);
}

QList<QPointF> Downsample::lttb(const QList<QPointF> &points, qsizetype threshold, QString *error)
{
    std::vector<double> x(size_t(points.size()));
    std::vector<double> y(size_t(points.size()));
    for (qsizetype i = 0; i < points.size(); ++i) {
        x[size_t(i)] = points[i].x();
        y[size_t(i)] = points[i].y();
    }
    const Result result = lttb(std::span<const double>(x), std::span<const double>(y), threshold);
    if (error)
        *error = result.error;
    QList<QPointF> kept;
    if (!result.ok)
        return kept;
    kept.reserve(result.indices.size());
    for (const qsizetype i : result.indices)
        kept.append(points[i]);
    return kept;
}

QList<qsizetype> Downsample::decimate(qsizetype size, qsizetype threshold)
{
    QList<qsizetype> indices;
    if (size <= 0)
        return indices;
    if (threshold >= size || threshold < 2) {
        indices.resize(threshold >= size ? size : 1);
        std::iota(indices.begin(), indices.end(), qsizetype(0));
        return indices;
    }
    indices.reserve(threshold);
    const double step = double(size - 1) / double(threshold - 1);
    for (qsizetype i = 0; i < threshold; ++i)
        indices.append(std::min(size - 1, qsizetype(std::llround(double(i) * step))));
    return indices;
}

} // namespace atalaya
