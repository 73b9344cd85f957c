// End to end with live feeds: the real atalaya executable, started with --feeds on a file that
// points at a running atalaya-feedsim (started here on a free loopback port), renders the Feeds
// page offscreen; what the page says is read back with --dump-texts and the PNG is checked.
#include "demo/democity.h"
#include "store/database.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestFeedsEndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sim;
    QString m_baseUrl;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The simulator serves the sites of an existing store: generate the demo city first, its
        // history ending a few minutes ago so the simulator's readings continue it.
        atalaya::Database db;
        QVERIFY(db.open(path(u"city.db"_s)).ok());
        QString error;
        const QDateTime anchor = QDateTime::currentDateTimeUtc().addSecs(-300);
        QVERIFY2(atalaya::DemoCity::generate(db, {3, anchor}, {}, &error), qPrintable(error));

        m_sim.setProgram(QStringLiteral(ATALAYA_FEEDSIM));
        m_sim.setArguments({u"--db"_s, path(u"city.db"_s), u"--port"_s, u"0"_s, u"--cadence"_s, u"2"_s, u"--quiet"_s});
        m_sim.start();
        QVERIFY2(m_sim.waitForStarted(10000), qPrintable(m_sim.errorString()));
        // It says where it listens: "Sentilo catalogue  http://127.0.0.1:<port>/catalog".
        static const QRegularExpression catalogue(u"(http://127\\.0\\.0\\.1:\\d+)/catalog"_s);
        QString printed;
        QTRY_VERIFY_WITH_TIMEOUT((printed += QString::fromUtf8(m_sim.readAllStandardOutput()), catalogue.match(printed).hasMatch()), 30000);
        m_baseUrl = catalogue.match(printed).captured(1);
    }

    void cleanupTestCase()
    {
        if (m_sim.state() != QProcess::NotRunning) {
            m_sim.terminate();
            if (!m_sim.waitForFinished(5000))
                m_sim.kill();
        }
    }

    void feedsPageShowsTheFeedLive()
    {
        QFile feeds(path(u"feeds.json"_s));
        QVERIFY(feeds.open(QIODevice::WriteOnly));
        feeds.write(u"{\"version\":1,\"feeds\":[{\"id\":\"sim\",\"name\":\"Beach counters\",\"kind\":\"sentilo\","
                    "\"url\":\"%1\",\"provider\":\"demo\",\"identityKey\":\"e2e\",\"cadenceSeconds\":2,"
                    "\"catchUpSeconds\":600},"
                    "{\"id\":\"broken\",\"kind\":\"sentilo\",\"url\":\"%1\",\"cadenceSeconds\":\"often\"}]}"_s
                        .arg(m_baseUrl)
                        .toUtf8());
        feeds.close();

        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(ATALAYA_BINARY),
                  {u"--db"_s, path(u"city.db"_s), u"--feeds"_s, feeds.fileName(), u"--page"_s, u"feeds"_s,
                   u"--size"_s, u"1600x1000"_s, u"--screenshot"_s, path(u"feeds.png"_s),
                   u"--dump-texts"_s, path(u"texts.json"_s)});
        QVERIFY(app.waitForFinished(300000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);

        const QImage shot(path(u"feeds.png"_s));
        QVERIFY(!shot.isNull());
        QCOMPARE(shot.size(), QSize(1600, 1000));

        QFile textsFile(path(u"texts.json"_s));
        QVERIFY(textsFile.open(QIODevice::ReadOnly));
        const QJsonObject texts = QJsonDocument::fromJson(textsFile.readAll()).object();
        QCOMPARE(texts.value(u"feedState_sim"_s).toString(), u"Live"_s);
        QCOMPARE(texts.value(u"feedName_sim"_s).toString(), u"Beach counters"_s);
        const QString figures = texts.value(u"feedFigures_sim"_s).toString();
        QVERIFY2(!figures.contains(u"No reading yet"_s) && !figures.contains(u"stored 0 "_s), qPrintable(figures));
        QVERIFY2(texts.value(u"statusFeeds"_s).toString().contains(u"Feeds: 1 live"_s), qPrintable(texts.value(u"statusFeeds"_s).toString()));
        // The broken feed is named with its field and why, and did not stop the good one.
        const QString problem = texts.value(u"feedProblem_0"_s).toString();
        QVERIFY2(problem.contains(u"broken"_s) && problem.contains(u"cadenceSeconds"_s) && problem.contains(u"often"_s), qPrintable(problem));
        QVERIFY(!texts.contains(u"feedState_broken"_s));
    }
};

QTEST_GUILESS_MAIN(TestFeedsEndToEnd)

#include "tst_feeds_e2e.moc"
