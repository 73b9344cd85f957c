#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>
#include <span>

namespace atalaya {

/** Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013) of an (x, y) series to the
 *  points a chart can show, keeping its shape, its peaks and its gaps. */
class Downsample
{
    Q_DECLARE_TR_FUNCTIONS(Downsample) // errors reach the chart's status line

public:
    /** The points kept, as indices into the input in increasing order. */
    struct Result {
        bool ok = false;
        QString error; // why the series was refused; empty when ok
        QList<qsizetype> indices;
    };

    /** Picks at most threshold points of the series (x strictly increasing, y NaN = gap).
     *
     *  - Empty input gives an empty result; threshold >= size keeps every point.
     *  - threshold < 3 (with a longer series) is refused: LTTB needs its two ends and a bucket.
     *  - x not strictly increasing, a NaN x or an infinite y is refused with the index at fault:
     *    sorting would hide a data error and cost O(n log n) on every redraw.
     *  - Gaps stay gaps: each run of valid points is downsampled on its own, keeping its first
     *    and last point, and each gap keeps its first missing point (a NaN in the output breaks
     *    the line). The budget is shared between runs in proportion to their length.
     *  - The series' global maximum and minimum are always kept (plain LTTB can drop them) once
     *    the ends and gaps leave room: threshold >= 4 for an unbroken series (3 keeps the maximum).
     *  Only when the gaps alone need more (two ends per run plus one point per gap) than the
     *  threshold does the result hold more points than asked. */
    static Result lttb(std::span<const double> x, std::span<const double> y, qsizetype threshold);
    /** The same with gaps as empty optionals (a gap is kept as its first empty index). */
    static Result lttb(std::span<const double> x, std::span<const std::optional<double>> y, qsizetype threshold);
    /** Chart-ready form: the kept points, gaps as NaN y. An error empties the list and sets *error. */
    static QList<QPointF> lttb(const QList<QPointF> &points, qsizetype threshold, QString *error = nullptr);

    /** The baseline LTTB is measured against: every k-th point, first and last included. */
    static QList<qsizetype> decimate(qsizetype size, qsizetype threshold);
};

} // namespace atalaya
