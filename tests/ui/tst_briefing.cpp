#include "alerts/alertstore.h"
#include "analytics/kpis.h"
#include "briefing/briefingexporter.h"
#include "briefing/briefingstore.h"
#include "briefing/briefingwriter.h"
#include "demo/democity.h"
#include "notes/notestore.h"
#include "store/database.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace atalaya;
using namespace Qt::StringLiterals;

/** The briefing PDF written from a generated demo city with alerts and notes of our own, read
 *  back with poppler (pdfinfo, pdftotext) as a reader's viewer would: pages, paper, and the text
 *  (searchable, not an image) saying what the store says at the moment asked. */
class TestBriefing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    Database m_db;
    const QDateTime m_anchor{QDate(2026, 11, 26), QTime(8, 0), QTimeZone::UTC};
    const QDateTime m_past{QDate(2026, 10, 20), QTime(12, 0), QTimeZone::UTC};
    const QString m_noteText = u"Calle del Puerto closed by flooding"_s;
    QStringList m_alertSubjects;

    static QString tool(const QString &name)
    {
        return QStandardPaths::findExecutable(name);
    }

    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return QString();
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    /** pdftotext's text with all runs of white space as one space (table cells wrap). */
    static QString pdfText(const QString &pdf)
    {
        return run(tool(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}).simplified();
    }

    static int pdfPages(const QString &pdf, QSizeF *pageSize = nullptr)
    {
        const QString info = run(tool(u"pdfinfo"_s), {pdf});
        const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
        if (pageSize) {
            const QRegularExpressionMatch size = QRegularExpression(u"Page size:\\s+([0-9.]+) x ([0-9.]+) pts"_s).match(info);
            *pageSize = size.hasMatch() ? QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble()) : QSizeF();
        }
        return pages.hasMatch() ? pages.captured(1).toInt() : -1;
    }

    /** Whether a page size in points is the paper of these millimetres, portrait. QPdfWriter
     *  writes the media box in whole points (595 x 842 for A4), so within one point. */
    static bool isPaper(const QSizeF &points, const QSizeF &millimetres)
    {
        const QSizeF want = millimetres * 72.0 / 25.4;
        return std::abs(points.width() - want.width()) <= 1.0 && std::abs(points.height() - want.height()) <= 1.0;
    }
    static QByteArray describe(const QSizeF &points)
    {
        return QByteArray::number(points.width()) + " x " + QByteArray::number(points.height()) + " pt";
    }

    BriefingResult write(const QString &name, BriefingPaper paper, const QDateTime &at)
    {
        BriefingOptions options;
        options.paper = paper;
        options.at = at;
        options.createdBy = u"test"_s;
        return BriefingWriter::write(m_db, m_dir.filePath(name), options);
    }

    /** Every KPI with a value, formatted as computeKpis gives it (its decimals, this locale). */
    QStringList kpiFigures(const QDateTime &at) const
    {
        QStringList figures;
        for (const Kpi &kpi : computeKpis(m_db, at)) {
            if (kpi.value)
                figures.append(QLocale().toString(*kpi.value, 'f', kpi.decimals));
        }
        return figures;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!tool(u"pdftotext"_s).isEmpty() && !tool(u"pdfinfo"_s).isEmpty(),
                 "poppler-utils (pdftotext, pdfinfo) must be installed: tools/dev provisions them");
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"city.db"_s);
        QVERIFY(m_db.open(m_store).ok());
        QString error;
        QVERIFY2(DemoCity::generate(m_db, DemoCityOptions{7, m_anchor}, {}, &error), qPrintable(error));

        // Two alerts open at the anchor, one resolved before it; none open a month earlier.
        alerts::AlertStore alertStore(m_db);
        QSqlQuery site = m_db.prepare(u"SELECT id, name, lat, lon FROM site ORDER BY id LIMIT 1"_s);
        QVERIFY(Database::exec(site) && site.next());
        alerts::AlertRecord crowded;
        crowded.ruleId = u"beach-crowded"_s;
        crowded.ruleName = u"Beach over capacity"_s;
        crowded.severity = alerts::Severity::Critical;
        crowded.subjectKey = u"site:%1"_s.arg(site.value(0).toLongLong());
        crowded.subjectName = site.value(1).toString();
        crowded.lat = site.value(2).toDouble();
        crowded.lon = site.value(3).toDouble();
        crowded.message = u"Occupancy 91 % above 80 % for 15 min"_s;
        crowded.value = 91;
        crowded.threshold = 80;
        crowded.raisedAt = m_anchor.addSecs(-2 * 3600);
        QVERIFY(alertStore.raise(crowded) > 0);
        alerts::AlertRecord stale = crowded;
        stale.ruleId = u"hospital-silent"_s;
        stale.ruleName = u"Hospital not reporting"_s;
        stale.severity = alerts::Severity::Warning;
        stale.subjectKey = u"hospital:1"_s;
        stale.subjectName = u"Hospital Briefing Test"_s;
        stale.lat.reset();
        stale.lon.reset();
        stale.message = u"No bed report for 30 h"_s;
        stale.raisedAt = m_anchor.addSecs(-5 * 3600);
        QVERIFY(alertStore.raise(stale) > 0);
        alerts::AlertRecord gone = crowded;
        gone.ruleId = u"gone"_s;
        gone.subjectName = u"Resolved Square Test"_s;
        gone.raisedAt = m_anchor.addSecs(-6 * 3600);
        const qint64 goneId = alertStore.raise(gone);
        QVERIFY(goneId > 0);
        QVERIFY(alertStore.resolve(goneId, m_anchor.addSecs(-3600), 40));
        m_alertSubjects = {crowded.subjectName, stale.subjectName};

        // One note to find, and enough others that the notes table runs over a page.
        NoteStore notes(m_db);
        OperatorNote note;
        note.body = m_noteText;
        note.lat = crowded.lat;
        note.lon = crowded.lon;
        note.validFrom = m_anchor.addSecs(-3 * 3600);
        note.validUntil = m_anchor.addSecs(10 * 3600);
        note.author = u"coordinator"_s;
        QVERIFY2(notes.add(note, note.validFrom, &error) > 0, qPrintable(error));
        for (int i = 1; i <= 45; ++i) {
            OperatorNote filler = note;
            filler.body = u"Patrol %1 reports the area calm; next check in one hour."_s.arg(i);
            QVERIFY2(notes.add(filler, note.validFrom, &error) > 0, qPrintable(error));
        }
    }

    void a4()
    {
        const BriefingResult result = write(u"a4.pdf"_s, BriefingPaper::A4, m_anchor);
        QVERIFY2(result.ok, qPrintable(result.error));
        QSizeF size;
        QCOMPARE(pdfPages(result.file, &size), result.pages);
        QVERIFY2(result.pages >= 5, qPrintable(QString::number(result.pages)));
        QVERIFY2(isPaper(size, QSizeF(210, 297)), describe(size).constData());

        const QString text = pdfText(result.file);
        const QTimeZone zone = BriefingWriter::cityZone(m_db);
        for (const QString &expected :
             {u"Puerto Atalaya"_s, u"Briefing"_s, u"Key figures"_s, u"Map"_s, u"Epidemic"_s, u"Hospitals"_s,
              u"Open alerts"_s, u"Operator notes"_s, u"Operator notes (continued)"_s,
              BriefingWriter::formatMoment(m_anchor, zone), BriefingWriter::formatMoment(result.dataTime, zone),
              u"Page 1 of %1"_s.arg(result.pages), u"Page %1 of %1"_s.arg(result.pages), m_noteText})
            QVERIFY2(text.contains(expected), qPrintable(u"missing: "_s + expected));
        for (const QString &subject : std::as_const(m_alertSubjects))
            QVERIFY2(text.contains(subject), qPrintable(u"missing alert: "_s + subject));
        QVERIFY(!text.contains(u"Resolved Square Test"_s));
        const QStringList figures = kpiFigures(m_anchor);
        QVERIFY(figures.size() >= 3);
        for (const QString &figure : figures)
            QVERIFY2(text.contains(figure), qPrintable(u"missing figure: "_s + figure));
        // The data time is on every page (footer).
        const QString footer = u"City as at %1"_s.arg(BriefingWriter::formatMoment(m_anchor, zone));
        QVERIFY(text.count(footer) >= result.pages);
    }

    void a3()
    {
        const BriefingResult a3 = write(u"a3.pdf"_s, BriefingPaper::A3, m_anchor);
        QVERIFY2(a3.ok, qPrintable(a3.error));
        QSizeF size;
        QCOMPARE(pdfPages(a3.file, &size), a3.pages);
        QVERIFY2(isPaper(size, QSizeF(297, 420)), describe(size).constData());
        const BriefingResult a4 = write(u"a4-again.pdf"_s, BriefingPaper::A4, m_anchor);
        QVERIFY(a4.ok);
        // The larger sheet holds the same briefing on fewer pages.
        QVERIFY2(a3.pages < a4.pages, qPrintable(u"%1 vs %2"_s.arg(a3.pages).arg(a4.pages)));
        const QString text = pdfText(a3.file);
        for (const QString &expected : {u"Key figures"_s, u"Map"_s, u"Epidemic and hospitals"_s, u"Open alerts"_s,
                                        u"Operator notes"_s, m_noteText, u"Page %1 of %1"_s.arg(a3.pages)})
            QVERIFY2(text.contains(expected), qPrintable(u"missing: "_s + expected));
    }

    void pastMomentShowsTheCityAsItWas()
    {
        const BriefingResult result = write(u"past.pdf"_s, BriefingPaper::A4, m_past);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.dataTime <= m_past);
        const QString text = pdfText(result.file);
        QVERIFY(text.contains(BriefingWriter::formatMoment(m_past, BriefingWriter::cityZone(m_db))));
        QVERIFY(text.contains(u"No alert was open at this moment."_s));
        QVERIFY(text.contains(u"No operator note was valid at this moment."_s));
        QVERIFY(!text.contains(m_noteText));
        // The figures are those of the past moment, and they differ from today's.
        const QStringList past = kpiFigures(m_past);
        QVERIFY(past.size() >= 3);
        for (const QString &figure : past)
            QVERIFY2(text.contains(figure), qPrintable(u"missing figure: "_s + figure));
        QVERIFY(past != kpiFigures(m_anchor));
    }

    void recordsTheBriefing()
    {
        const BriefingResult result = write(u"recorded.pdf"_s, BriefingPaper::A4, m_anchor);
        QVERIFY(result.ok);
        QVERIFY(result.briefingId > 0);
        const QList<BriefingRecord> recent = BriefingStore(m_db).recent(1);
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent[0].id, result.briefingId);
        QCOMPARE(recent[0].dataAt, m_anchor);
        QCOMPARE(recent[0].createdBy, u"test"_s);
        QCOMPARE(recent[0].file, result.file);
        QCOMPARE(recent[0].figures, kpiValues(computeKpis(m_db, m_anchor)));
        QVERIFY(!recent[0].figures.isEmpty());
    }

    void briefingStoreReadsByCreationTime()
    {
        Database db;
        QVERIFY(db.openInMemory().ok());
        BriefingStore store(db);
        QVERIFY(!store.lastBefore(m_anchor));
        BriefingRecord morning;
        morning.dataAt = m_anchor;
        morning.createdAt = m_anchor.addSecs(600);
        morning.createdBy = u"ana"_s;
        morning.figures = QJsonObject{{u"cases7d"_s, 120}};
        const qint64 first = store.record(morning);
        BriefingRecord evening = morning;
        evening.createdAt = m_anchor.addSecs(10 * 3600);
        evening.figures = QJsonObject{{u"cases7d"_s, 130}};
        evening.file = u"/tmp/evening.pdf"_s;
        const qint64 second = store.record(evening);
        QVERIFY(first > 0 && second > first);
        QCOMPARE(store.lastBefore(m_anchor.addSecs(3600))->id, first);
        QCOMPARE(store.lastBefore(m_anchor.addSecs(3600))->file, QString());
        QCOMPARE(store.lastBefore(m_anchor.addDays(1))->id, second);
        QCOMPARE(store.lastBefore(m_anchor.addDays(1))->figures.value(u"cases7d"_s).toInt(), 130);
        QVERIFY(!store.lastBefore(m_anchor));
        QCOMPARE(store.recent(5).size(), 2);
        QCOMPARE(store.recent(5).constFirst().id, second);
        // A record without its moments is refused, not stored half.
        QCOMPARE(store.record(BriefingRecord{}), 0);
    }

    void missingFolderIsRefused()
    {
        const QString target = m_dir.filePath(u"no-such-folder/briefing.pdf"_s);
        BriefingOptions options;
        options.at = m_anchor;
        const BriefingResult result = BriefingWriter::write(m_db, target, options);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"does not exist"_s) && result.error.contains(u"no-such-folder"_s), qPrintable(result.error));
        QVERIFY(!result.storeError);
        QVERIFY(!QFileInfo::exists(target));
    }

    void exporterRunsOffTheUiThread()
    {
        BriefingExporter exporter;
        exporter.setSource(m_store, [this] { return m_anchor; });
        QSignalSpy finished(&exporter, &BriefingExporter::finished);
        const QString target = m_dir.filePath(u"from-ui.pdf"_s);
        exporter.exportBriefing(QUrl::fromLocalFile(target), u"A3"_s);
        QVERIFY(exporter.isBusy());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY2(finished.at(0).at(1).toString().startsWith(u"Briefing written to"_s), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(!exporter.isBusy());
        QCOMPARE(exporter.progress(), 1.0);
        QSizeF size;
        QVERIFY(pdfPages(target, &size) > 0);
        QVERIFY2(isPaper(size, QSizeF(297, 420)), describe(size).constData());

        exporter.exportBriefing(QUrl::fromLocalFile(target), u"Letter"_s);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        QVERIFY(finished.at(1).at(1).toString().contains(u"Letter"_s));
        QVERIFY(exporter.suggestedFile(u"A3"_s).toLocalFile().endsWith(u"briefing-2026-11-26-0800-a3.pdf"_s));
    }
};

QTEST_MAIN(TestBriefing)
#include "tst_briefing.moc"
