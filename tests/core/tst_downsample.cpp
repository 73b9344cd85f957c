#include "analytics/downsample.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

using atalaya::Downsample;
using namespace Qt::StringLiterals;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> iota(qsizetype n)
{
    std::vector<double> x(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        x[size_t(i)] = double(i);
    return x;
}

/** A noisy wave with a few tall spikes and deep dips, the shape of a daily-cases series. */
std::vector<double> noisy(qsizetype n, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<double> y(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        y[size_t(i)] = 100.0 + 40.0 * std::sin(double(i) / 37.0) + rng.bounded(20.0);
    for (int spike = 0; spike < 5; ++spike) {
        y[size_t(rng.bounded(n))] += 200.0 + rng.bounded(100.0);
        y[size_t(rng.bounded(n))] -= 150.0 + rng.bounded(50.0);
    }
    return y;
}

Downsample::Result run(const std::vector<double> &x, const std::vector<double> &y, qsizetype threshold)
{
    return Downsample::lttb(std::span<const double>(x), std::span<const double>(y), threshold);
}

qsizetype argMax(const std::vector<double> &y, bool max)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < qsizetype(y.size()); ++i) {
        if (std::isnan(y[size_t(i)]))
            continue;
        if (best < 0 || (max ? y[size_t(i)] > y[size_t(best)] : y[size_t(i)] < y[size_t(best)]))
            best = i;
    }
    return best;
}

bool strictlyIncreasing(const QList<qsizetype> &indices)
{
    for (qsizetype i = 1; i < indices.size(); ++i) {
        if (indices[i] <= indices[i - 1])
            return false;
    }
    return true;
}

} // namespace

/** LTTB: exact picks on hand-checked series, extremes and ends always kept, gaps kept as gaps,
 *  the output size, and the inputs it refuses. */
class TestDownsample : public QObject
{
    Q_OBJECT

private slots:
    void knownOutput_data()
    {
        QTest::addColumn<QList<double>>("y");
        QTest::addColumn<qsizetype>("threshold");
        QTest::addColumn<QList<qsizetype>>("expected");

        // Extremes at the ends, so these are plain LTTB; areas worked by hand (and checked
        // against a reference implementation): bucket 0 of the first row is {1, 2, 3}, the
        // next bucket's mean is (5, 8/3), and point 1 spans 12.33 against 12 for point 3.
        QTest::newRow("8 to 4") << QList<double>{0, 3, 1, 4, 2, 5, 1, 9} << qsizetype(4) << QList<qsizetype>{0, 1, 6, 7};
        QTest::newRow("12 to 5") << QList<double>{0, 3, 1, 4, 2, 5, 1, 9, 2, 6, 3, 10} << qsizetype(5)
                                 << QList<qsizetype>{0, 1, 6, 7, 11};
        // The maximum (8 at x = 4) sits in the middle bucket, which keeps it.
        QTest::newRow("10 to 5, interior peak") << QList<double>{0, 4, 1, 2, 8, 3, 1, 6, 2, 5} << qsizetype(5)
                                                << QList<qsizetype>{0, 1, 4, 6, 9};
        // Plain LTTB gives {0, 3, 11, 12}: the peak (80 at x = 1) lies almost on the line from
        // the first point to the next bucket's mean, so the dip at x = 3 spans the larger
        // triangle. The maximum is forced in, and bucket 1 is then judged from it.
        QTest::newRow("forced maximum") << QList<double>{79, 80, 50, 0, 50, 60, 79, 79, 79, 79, 79, 79, -10}
                                        << qsizetype(4) << QList<qsizetype>{0, 1, 11, 12};
        QTest::newRow("threshold = size") << QList<double>{1, 2, 3} << qsizetype(3) << QList<qsizetype>{0, 1, 2};
        QTest::newRow("threshold > size") << QList<double>{5, 1} << qsizetype(100) << QList<qsizetype>{0, 1};
        QTest::newRow("empty") << QList<double>{} << qsizetype(10) << QList<qsizetype>{};
    }

    void knownOutput()
    {
        QFETCH(QList<double>, y);
        QFETCH(qsizetype, threshold);
        QFETCH(QList<qsizetype>, expected);
        const std::vector<double> x = iota(y.size());
        const std::vector<double> ys(y.cbegin(), y.cend());
        const Downsample::Result result = run(x, ys, threshold);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.indices, expected);
    }

    void keepsEndsAndExtremes_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<qsizetype>("threshold");
        QTest::addColumn<quint32>("seed");
        for (const qsizetype size : {qsizetype(50), qsizetype(1000), qsizetype(20000)}) {
            for (const qsizetype threshold : {qsizetype(4), qsizetype(5), qsizetype(17), qsizetype(200)}) {
                for (const quint32 seed : {1u, 2u, 3u}) {
                    if (threshold < size)
                        QTest::addRow("%lld to %lld, seed %u", qlonglong(size), qlonglong(threshold), seed) << size << threshold << seed;
                }
            }
        }
    }

    void keepsEndsAndExtremes()
    {
        QFETCH(qsizetype, size);
        QFETCH(qsizetype, threshold);
        QFETCH(quint32, seed);
        const std::vector<double> x = iota(size);
        const std::vector<double> y = noisy(size, seed);
        const Downsample::Result result = run(x, y, threshold);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.indices.size(), threshold);
        QVERIFY(strictlyIncreasing(result.indices));
        QCOMPARE(result.indices.first(), 0);
        QCOMPARE(result.indices.last(), size - 1);
        QVERIFY(result.indices.contains(argMax(y, true)));
        QVERIFY(result.indices.contains(argMax(y, false)));
    }

    void threeKeepsTheMaximum()
    {
        const std::vector<double> y{0, 1, -5, 2, 9, 3, 0};
        const Downsample::Result result = run(iota(7), y, 3);
        QVERIFY(result.ok);
        QCOMPARE(result.indices, (QList<qsizetype>{0, 4, 6}));
    }

    void extremesInOneBucket()
    {
        // Maximum and minimum side by side: one bucket fewer makes room for both.
        std::vector<double> y(40, 0.0);
        y[20] = 50.0;
        y[21] = -50.0;
        const Downsample::Result result = run(iota(40), y, 6);
        QVERIFY(result.ok);
        QVERIFY(result.indices.size() <= 6);
        QVERIFY(result.indices.contains(20));
        QVERIFY(result.indices.contains(21));
        QVERIFY(strictlyIncreasing(result.indices));
    }

    void gapsStayGaps_data()
    {
        QTest::addColumn<qsizetype>("threshold");
        QTest::addRow("tight") << qsizetype(12);
        QTest::addRow("roomy") << qsizetype(60);
    }

    void gapsStayGaps()
    {
        QFETCH(qsizetype, threshold);
        // Runs 0-29, 35-35 (a lone day), 40-119 and a trailing gap 120-124; a leading gap too.
        const qsizetype size = 125;
        std::vector<double> y = noisy(size, 7);
        for (qsizetype i : {0, 1})
            y[size_t(i)] = kNaN;
        for (qsizetype i = 30; i < 35; ++i)
            y[size_t(i)] = kNaN;
        for (qsizetype i = 36; i < 40; ++i)
            y[size_t(i)] = kNaN;
        for (qsizetype i = 120; i < size; ++i)
            y[size_t(i)] = kNaN;
        const Downsample::Result result = run(iota(size), y, threshold);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(strictlyIncreasing(result.indices));
        QVERIFY(result.indices.size() <= threshold);
        // Each gap keeps its first missing point, and nothing else of it.
        QList<qsizetype> gapPoints;
        for (const qsizetype i : result.indices) {
            if (std::isnan(y[size_t(i)]))
                gapPoints.append(i);
        }
        QCOMPARE(gapPoints, (QList<qsizetype>{0, 30, 36, 120}));
        // Every run keeps its ends, so no line is drawn across a gap and no run is shortened.
        for (const qsizetype end : {2, 29, 35, 40, 119})
            QVERIFY2(result.indices.contains(end), qPrintable(u"run end %1 dropped"_s.arg(end)));
        QVERIFY(result.indices.contains(argMax(y, true)));
        QVERIFY(result.indices.contains(argMax(y, false)));

        // Empty optionals are the same gaps as NaN.
        std::vector<std::optional<double>> optional(static_cast<size_t>(size));
        for (qsizetype i = 0; i < size; ++i) {
            if (!std::isnan(y[size_t(i)]))
                optional[size_t(i)] = y[size_t(i)];
        }
        const std::vector<double> x = iota(size);
        const Downsample::Result same = Downsample::lttb(std::span<const double>(x),
                                                         std::span<const std::optional<double>>(optional), threshold);
        QVERIFY(same.ok);
        QCOMPARE(same.indices, result.indices);
    }

    void onlyGaps()
    {
        const std::vector<double> y(10, kNaN);
        const Downsample::Result result = run(iota(10), y, 4);
        QVERIFY(result.ok);
        QCOMPARE(result.indices, QList<qsizetype>{0});
    }

    void manyGapsExceedThreshold()
    {
        // 1, NaN, 1, NaN, ...: 10 lone points and 9 gaps cannot fit in 5 without losing a gap,
        // so every point is kept, as documented.
        std::vector<double> y(19, 1.0);
        for (qsizetype i = 1; i < 19; i += 2)
            y[size_t(i)] = kNaN;
        const Downsample::Result result = run(iota(19), y, 5);
        QVERIFY(result.ok);
        QCOMPARE(result.indices.size(), 19);
    }

    void refuses_data()
    {
        QTest::addColumn<QList<double>>("x");
        QTest::addColumn<QList<double>>("y");
        QTest::addColumn<qsizetype>("threshold");
        QTest::addColumn<QString>("message");
        const QList<double> five{0, 1, 2, 3, 4};
        QTest::newRow("threshold 2") << five << five << qsizetype(2) << u"at least 3 points"_s;
        QTest::newRow("threshold 0") << five << five << qsizetype(0) << u"at least 3 points"_s;
        QTest::newRow("x repeats") << QList<double>{0, 1, 1, 2, 3} << five << qsizetype(3)
                                   << u"point 2 (x = 1) does not come after point 1 (x = 1)"_s;
        QTest::newRow("x goes back") << QList<double>{0, 1, 5, 2, 3} << five << qsizetype(3)
                                     << u"point 3 (x = 2) does not come after point 2 (x = 5)"_s;
        QTest::newRow("x NaN") << QList<double>{0, 1, kNaN, 3, 4} << five << qsizetype(3) << u"Point 2 has no valid x"_s;
        QTest::newRow("y infinite") << five << QList<double>{0, 1, std::numeric_limits<double>::infinity(), 3, 4}
                                    << qsizetype(3) << u"Point 2 has an infinite y"_s;
        QTest::newRow("sizes differ") << five << QList<double>{0, 1} << qsizetype(3) << u"5 x values but 2 y values"_s;
    }

    void refuses()
    {
        QFETCH(QList<double>, x);
        QFETCH(QList<double>, y);
        QFETCH(qsizetype, threshold);
        QFETCH(QString, message);
        const std::vector<double> xs(x.cbegin(), x.cend());
        const std::vector<double> ys(y.cbegin(), y.cend());
        const Downsample::Result result = run(xs, ys, threshold);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QVERIFY(result.indices.isEmpty());
    }

    void points()
    {
        QList<QPointF> series;
        const QList<double> y{0, 3, 1, 4, 2, 5, 1, 9};
        for (qsizetype i = 0; i < y.size(); ++i)
            series.append(QPointF(10.0 * double(i), y[i]));
        series[4].setY(kNaN);
        QString error;
        const QList<QPointF> kept = Downsample::lttb(series, 5, &error);
        QVERIFY(error.isEmpty());
        QVERIFY(kept.size() <= 5);
        QCOMPARE(kept.first(), series.first());
        QCOMPARE(kept.last(), series.last());
        QCOMPARE(std::count_if(kept.cbegin(), kept.cend(), [](const QPointF &p) { return std::isnan(p.y()); }), 1);

        series[2].setX(-1.0);
        QVERIFY(Downsample::lttb(series, 5, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void decimate_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<qsizetype>("threshold");
        QTest::addColumn<QList<qsizetype>>("expected");
        QTest::newRow("11 to 3") << qsizetype(11) << qsizetype(3) << QList<qsizetype>{0, 5, 10};
        QTest::newRow("10 to 4") << qsizetype(10) << qsizetype(4) << QList<qsizetype>{0, 3, 6, 9};
        QTest::newRow("3 to 5") << qsizetype(3) << qsizetype(5) << QList<qsizetype>{0, 1, 2};
        QTest::newRow("empty") << qsizetype(0) << qsizetype(5) << QList<qsizetype>{};
    }

    void decimate()
    {
        QFETCH(qsizetype, size);
        QFETCH(qsizetype, threshold);
        QFETCH(QList<qsizetype>, expected);
        QCOMPARE(Downsample::decimate(size, threshold), expected);
    }
};

QTEST_GUILESS_MAIN(TestDownsample)
#include "tst_downsample.moc"
