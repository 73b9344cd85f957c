#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/** `atalaya --export-briefing` as a scheduled job runs it: the real executable, no display at
 *  all (no DISPLAY, no QT_QPA_PLATFORM), exit codes a script can tell apart, and a PDF. */
class TestBriefingE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    const QString m_anchor = u"2026-11-26T08:00:00Z"_s;

    struct Run {
        int exitCode = -1;
        QString output;
        QString errorOutput;
    };

    Run runApp(const QStringList &arguments) const
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // As cron runs it: nothing says how to reach a screen.
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(ATALAYA_BINARY), arguments);
        if (!app.waitForFinished(600000)) {
            app.kill();
            app.waitForFinished();
            return {-1, {}, u"timed out"_s};
        }
        Run run;
        run.exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -2;
        run.output = QString::fromUtf8(app.readAllStandardOutput());
        run.errorOutput = QString::fromUtf8(app.readAllStandardError());
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"city.db"_s);
    }

    void writesTheBriefingWithoutADisplay()
    {
        const QString pdf = m_dir.filePath(u"morning.pdf"_s);
        // A new store: the demo city is generated first, then the briefing at the anchor.
        const Run run = runApp({u"--db"_s, m_store, u"--demo-seed"_s, u"7"_s, u"--demo-anchor"_s, m_anchor,
                                u"--language"_s, u"en"_s, u"--export-briefing"_s, pdf, u"--at"_s, m_anchor});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errorOutput + run.output));
        QVERIFY2(run.output.contains(u"Briefing written to"_s) && run.output.contains(u"A4"_s)
                     && run.output.contains(u"26 Nov 2026, 08:00"_s),
                 qPrintable(run.output));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 20000);

        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY2(!pdftotext.isEmpty(), "poppler-utils must be installed: tools/dev provisions them");
        QProcess text;
        text.start(pdftotext, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished(60000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY(words.contains(u"Puerto Atalaya"_s));
        QVERIFY(words.contains(u"Key figures"_s));
    }

    void a3()
    {
        const QString pdf = m_dir.filePath(u"morning-a3.pdf"_s);
        const Run run = runApp({u"--db"_s, m_store, u"--language"_s, u"en"_s, u"--export-briefing"_s, pdf,
                                u"--paper"_s, u"A3"_s, u"--at"_s, u"2026-11-20T09:00:00Z"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errorOutput));
        QVERIFY2(run.output.contains(u"A3"_s) && run.output.contains(u"20 Nov 2026, 09:00"_s), qPrintable(run.output));
        QVERIFY(QFileInfo(pdf).size() > 20000);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QString missing = m_dir.filePath(u"no-such-folder/briefing.pdf"_s);
        QTest::newRow("folder missing") << QStringList{u"--export-briefing"_s, missing} << 64 << u"no-such-folder"_s;
        QTest::newRow("bad --at") << QStringList{u"--export-briefing"_s, m_dir.filePath(u"x.pdf"_s), u"--at"_s, u"yesterday"_s}
                                  << 64 << u"--at"_s;
        QTest::newRow("bad paper") << QStringList{u"--export-briefing"_s, m_dir.filePath(u"x.pdf"_s), u"--paper"_s, u"Letter"_s}
                                   << 64 << u"Letter"_s;
        QTest::newRow("paper alone") << QStringList{u"--paper"_s, u"A3"_s} << 64 << u"--export-briefing"_s;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const Run run = runApp(QStringList{u"--db"_s, m_store, u"--language"_s, u"en"_s} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.errorOutput.contains(says), qPrintable(run.errorOutput));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"x.pdf"_s)));
    }

    void storeThatIsNotAStore()
    {
        const QString notAStore = m_dir.filePath(u"notes.txt"_s);
        QFile file(notAStore);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are not the figures you are looking for\n");
        file.close();
        const Run run = runApp({u"--db"_s, notAStore, u"--export-briefing"_s, m_dir.filePath(u"y.pdf"_s)});
        QCOMPARE(run.exitCode, 65);
        QVERIFY2(run.errorOutput.contains(u"notes.txt"_s), qPrintable(run.errorOutput));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"y.pdf"_s)));
    }
};

QTEST_GUILESS_MAIN(TestBriefingE2e)
#include "tst_briefing_e2e.moc"
