#include "geo/scalebar.h"

#include <QTest>

/** The scale bar always shows a round distance that fits, whatever the zoom. */
class TestScaleBar : public QObject
{
    Q_OBJECT

private slots:
    void picksLongestRoundDistanceThatFits_data()
    {
        QTest::addColumn<double>("metresPerPixel");
        QTest::addColumn<double>("maxPixels");
        QTest::addColumn<double>("metres");
        QTest::addColumn<QString>("label");
        QTest::newRow("city zoom") << 10.0 << 120.0 << 1000.0 << QStringLiteral("1 km");
        QTest::newRow("just under 2 km") << 16.5 << 120.0 << 1000.0 << QStringLiteral("1 km");
        QTest::newRow("exactly 2 km") << 16.0 << 125.0 << 2000.0 << QStringLiteral("2 km");
        QTest::newRow("5 km") << 50.0 << 120.0 << 5000.0 << QStringLiteral("5 km");
        QTest::newRow("street") << 0.5 << 120.0 << 50.0 << QStringLiteral("50 m");
        QTest::newRow("200 m") << 2.0 << 150.0 << 200.0 << QStringLiteral("200 m");
        QTest::newRow("region") << 1000.0 << 120.0 << 100000.0 << QStringLiteral("100 km");
        QTest::newRow("building") << 0.005 << 100.0 << 0.5 << QStringLiteral("50 cm");
    }

    void picksLongestRoundDistanceThatFits()
    {
        QFETCH(double, metresPerPixel);
        QFETCH(double, maxPixels);
        QFETCH(double, metres);
        QFETCH(QString, label);
        const auto bar = atalaya::niceScaleBar(metresPerPixel, maxPixels);
        QCOMPARE(bar.metres, metres);
        QCOMPARE(bar.label, label);
        QVERIFY(bar.pixels <= maxPixels + 1e-9);
        QVERIFY(bar.pixels > maxPixels / 5.0 - 1e-9); // never a bar shorter than a fifth of the room
        QCOMPARE(bar.pixels, metres / metresPerPixel);
    }

    void rejectsNonsense()
    {
        QCOMPARE(atalaya::niceScaleBar(0, 100).label, QString());
        QCOMPARE(atalaya::niceScaleBar(-3, 100).label, QString());
        QCOMPARE(atalaya::niceScaleBar(10, 0).label, QString());
        QCOMPARE(atalaya::niceScaleBar(qQNaN(), 100).label, QString());
        QCOMPARE(atalaya::niceScaleBar(qInf(), 100).label, QString());
    }

    void webMercatorResolution()
    {
        // Zoom 0 at the equator: one 256-pixel tile spans the whole equator.
        QVERIFY(qAbs(atalaya::webMercatorMetresPerPixel(0, 0) - 156543.03392) < 0.01);
        // Each zoom level halves it; at 60 degrees north the ground shrinks by cos(60) = 0.5.
        QVERIFY(qAbs(atalaya::webMercatorMetresPerPixel(0, 1) - 78271.51696) < 0.01);
        QVERIFY(qAbs(atalaya::webMercatorMetresPerPixel(60, 0) - 78271.51696) < 0.01);
    }
};

QTEST_GUILESS_MAIN(TestScaleBar)
#include "tst_scalebar.moc"
