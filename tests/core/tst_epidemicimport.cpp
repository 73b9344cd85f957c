#include "demo/democity.h"
#include "io/csvreader.h"
#include "io/epidemicimport.h"
#include "store/database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

using atalaya::Database;
using atalaya::EpidemicImportIssue;
using atalaya::EpidemicImportOptions;
using atalaya::EpidemicImportSummary;
using atalaya::EpidemicShape;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(EpidemicShape)
Q_DECLARE_METATYPE(EpidemicImportOptions)

/** Epidemic import in all three shapes: what is stored where, every count of the summary, why
 *  each bad row was skipped, suppressed cells as NULL, refusals and re-imports that change
 *  nothing, and a real demo city to match against. */
class TestEpidemicImport : public QObject
{
    Q_OBJECT

private:
    Database m_db;

    // Puerto Atalaya in miniature: four districts, three neighbourhoods and two post codes, one
    // post code sharing its name with a neighbourhood, as the demo city's do.
    static constexpr qint64 kCentro = 2, kSanTelmo = 3, kRibera = 4, kPenascal = 5;
    static constexpr qint64 kCascoViejo = 11, kSantaLucia = 12, kEstacion = 13, kPostCodeSantaLucia = 22;

    void run(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query = m_db.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        QVERIFY2(Database::exec(query), qPrintable(sql));
    }

    void addRegion(qint64 id, const QString &level, const QString &code, const QString &name)
    {
        run(u"INSERT INTO region (id, level, code, name, geometry, centroid_lat, centroid_lon,"
            " min_lat, min_lon, max_lat, max_lon) VALUES (?, ?, ?, ?, '{}', 0, 0, 0, 0, 0, 0)"_s,
            {id, level, code, name});
    }

    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query = m_db.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!Database::exec(query) || !query.next())
            return {};
        return query.value(0);
    }

    /** Both epidemic tables as text: equal dumps mean nothing changed. */
    QString dump()
    {
        QStringList lines;
        for (const QString &sql : {u"SELECT * FROM epidemic_daily ORDER BY region_id, day"_s,
                                   u"SELECT * FROM epidemic_reported ORDER BY region_id, day, indicator, source"_s}) {
            QSqlQuery query = m_db.prepare(sql);
            if (!Database::exec(query))
                return {};
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i) {
                    const QVariant value = query.value(i);
                    values.append(value.isNull() ? u"NULL"_s : value.toString());
                }
                lines.append(values.join(u'|'));
            }
        }
        return lines.join(u'\n');
    }

    EpidemicImportSummary importFixture(const QString &name, const EpidemicImportOptions &options = {})
    {
        const QString path = QFINDTESTDATA(u"../data/epidemic/"_s + name);
        if (path.isEmpty())
            qFatal("fixture %s not found", qPrintable(name));
        return atalaya::importEpidemicFile(m_db, path, options);
    }

    EpidemicImportSummary importText(const QByteArray &data, const EpidemicImportOptions &options = {})
    {
        return atalaya::importEpidemicData(m_db, data, u"inline.csv"_s, options);
    }

    static bool addsUp(const EpidemicImportSummary &s)
    {
        return s.rowsRead == s.rowsInserted + s.rowsUpdated + s.rowsUnchanged + s.rowsDuplicate + s.rowsSkipped
            && s.issues.size() == s.rowsSkipped;
    }

    static bool hasIssue(const EpidemicImportSummary &s, int row, const QString &field, const QString &reason)
    {
        for (const EpidemicImportIssue &issue : s.issues) {
            if (issue.row == row && issue.field == field && issue.reason == reason)
                return true;
        }
        qWarning().noquote() << "no issue" << row << field << reason << "in\n" << s.toText();
        return false;
    }

    static bool hasNote(const EpidemicImportSummary &s, const QString &part)
    {
        for (const QString &note : s.notes) {
            if (note.contains(part))
                return true;
        }
        qWarning().noquote() << "no note containing" << part << "in\n" << s.toText();
        return false;
    }

    QVariant daily(qint64 region, const QString &day, const QString &column)
    {
        // column is one of the fixed names below, never input.
        return scalar(u"SELECT %1 FROM epidemic_daily WHERE region_id = ? AND day = ?"_s.arg(column), {region, day});
    }

    QVariant reported(qint64 region, const QString &day, const QString &indicator, const QString &what = u"value"_s)
    {
        return scalar(u"SELECT %1 FROM epidemic_reported WHERE region_id = ? AND day = ? AND indicator = ?"_s.arg(what),
                      {region, day, indicator});
    }

private slots:
    void init()
    {
        QVERIFY(m_db.openInMemory().ok());
        addRegion(1, u"city"_s, u"PA"_s, u"Puerto Atalaya"_s);
        addRegion(kCentro, u"district"_s, u"D01"_s, u"Centro"_s);
        addRegion(kSanTelmo, u"district"_s, u"D02"_s, u"San Telmo"_s);
        addRegion(kRibera, u"district"_s, u"D03"_s, u"Ribera del Sereno"_s);
        addRegion(kPenascal, u"district"_s, u"D04"_s, u"Peñascal"_s);
        addRegion(kCascoViejo, u"neighbourhood"_s, u"011"_s, u"Casco Viejo"_s);
        addRegion(kSantaLucia, u"neighbourhood"_s, u"012"_s, u"Santa Lucía"_s);
        addRegion(kEstacion, u"neighbourhood"_s, u"021"_s, u"La Estación"_s);
        addRegion(21, u"postcode"_s, u"39001"_s, u"Casco Viejo"_s);
        addRegion(kPostCodeSantaLucia, u"postcode"_s, u"39002"_s, u"Santa Lucía"_s);
    }

    void cleanup() { m_db.close(); }

    void dailyCounts()
    {
        const EpidemicImportSummary s = importFixture(u"daily_utf8.csv"_s);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.shape, EpidemicShape::Daily);
        QCOMPARE(s.encoding, u"UTF-8"_s);
        QCOMPARE(s.delimiter, u","_s);
        QCOMPARE(s.columnsRead, (QStringList{u"casos"_s, u"recuperados"_s, u"fallecidos"_s, u"pruebas"_s, u"dosis_1"_s,
                                             u"dosis_2"_s, u"dosis_refuerzo"_s}));
        QCOMPARE(s.rowsRead, 11);
        QCOMPARE(s.rowsInserted, 6);
        QCOMPARE(s.rowsUpdated, 0);
        QCOMPARE(s.rowsUnchanged, 0);
        QCOMPARE(s.rowsDuplicate, 1);
        QCOMPARE(s.rowsSkipped, 4);
        QCOMPARE(s.valuesStored, 42);
        QCOMPARE(s.valuesSuppressed, 0);
        QCOMPARE(s.regionsMatched, 3);
        QVERIFY(s.unknownRegions.isEmpty());
        QVERIFY(addsUp(s));
        QVERIFY(hasIssue(s, 7, u"casos"_s, u"“abc” is not a number"_s));
        QVERIFY(hasIssue(s, 8, u"casos"_s, u"“12.5” is not a whole number"_s));
        QVERIFY(hasIssue(s, 9, u"fecha"_s, u"“2024-02-30” is not a date (yyyy-MM-dd or dd/MM/yyyy)"_s));
        QVERIFY(hasIssue(s, 11, QString(), u"other figures for “012” on 2024-03-01 than line 3, which was kept"_s));
        QVERIFY(hasNote(s, u"1 daily count(s) were negative"_s));
        // "SANTA LUCIA" by name: the neighbourhood, not the post code of the same name.
        QVERIFY(hasNote(s, u"“SANTA LUCIA” (read as the neighbourhood “Santa Lucía”)"_s));
        for (const QString &note : s.notes)
            QVERIFY(!note.contains(u"Cumulative"_s));

        QCOMPARE(scalar(u"SELECT COUNT(*) FROM epidemic_daily"_s).toInt(), 6);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM epidemic_reported"_s).toInt(), 0);
        QCOMPARE(daily(kCascoViejo, u"2024-03-01"_s, u"cases"_s).toInt(), 12);
        QCOMPARE(daily(kCascoViejo, u"2024-03-01"_s, u"tests"_s).toInt(), 140);
        QCOMPARE(daily(kCascoViejo, u"2024-03-02"_s, u"vaccinated_booster"_s).toInt(), 6);
        QCOMPARE(daily(kSantaLucia, u"2024-03-01"_s, u"cases"_s).toInt(), 7); // line 3, not line 11
        QCOMPARE(daily(kSantaLucia, u"2024-03-02"_s, u"vaccinated_dose2"_s).toInt(), 8);
        QCOMPARE(daily(kEstacion, u"2024-03-02"_s, u"vaccinated_dose1"_s).toInt(), 5); // 02/03/2024, day first
        QCOMPARE(daily(kEstacion, u"2024-03-03"_s, u"cases"_s).toInt(), -1);
        QCOMPARE(daily(kCascoViejo, u"2024-03-01"_s, u"source"_s).toString(), u"daily_utf8.csv"_s);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM epidemic_daily WHERE region_id = ?"_s, {kPostCodeSantaLucia}).toInt(), 0);

        const QString text = s.toText();
        QVERIFY(text.contains(u"daily counts"_s));
        QVERIFY(text.contains(u"line 7, casos: “abc” is not a number"_s));
    }

    void cumulativeTotals()
    {
        const EpidemicImportSummary s = importFixture(u"cumulative_latin1.csv"_s);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.shape, EpidemicShape::Cumulative);
        QCOMPARE(s.encoding, u"Windows-1252 (Latin-1)"_s);
        QCOMPARE(s.delimiter, u";"_s);
        QCOMPARE(s.columnsRead, (QStringList{u"Casos acumulados"_s, u"Defunciones acumuladas"_s,
                                             u"Tasa acumulada por 100.000 hab"_s}));
        QCOMPARE(s.columnsIgnored, QStringList{u"Población"_s});
        QCOMPARE(s.rowsRead, 5);
        QCOMPARE(s.rowsInserted, 5);
        QCOMPARE(s.rowsSkipped, 0);
        QCOMPARE(s.valuesStored, 15);
        QCOMPARE(s.regionsMatched, 3);
        QVERIFY(addsUp(s));
        QVERIFY(hasNote(s, u"Cumulative totals were stored as reported (cases_cumulative, deaths_cumulative, "
                           "incidence_per_100k_cumulative); no daily counts were derived from them."_s));
        QVERIFY(hasNote(s, u"Columns not imported: “Población”."_s));

        // Kept as reported: no daily values invented from differences of totals.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM epidemic_daily"_s).toInt(), 0);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM epidemic_reported"_s).toInt(), 15);
        QCOMPARE(reported(kCentro, u"2024-03-01"_s, u"cases_cumulative"_s).toInt(), 1234); // "1.234"
        QCOMPARE(reported(kCentro, u"2024-03-08"_s, u"cases_cumulative"_s).toInt(), 1301);
        QCOMPARE(reported(kSanTelmo, u"2024-03-08"_s, u"deaths_cumulative"_s).toInt(), 9);
        QCOMPARE(reported(kSanTelmo, u"2024-03-01"_s, u"incidence_per_100k_cumulative"_s).toDouble(), 612.25); // "612,25"
        QCOMPARE(reported(kPenascal, u"2024-03-15"_s, u"cases_cumulative"_s).toInt(), 456); // "Peñascal" in Latin-1
        QVERIFY(reported(kCentro, u"2024-03-01"_s, u"cases_cumulative"_s, u"window_days"_s).isNull());
        QCOMPARE(reported(kCentro, u"2024-03-01"_s, u"cases_cumulative"_s, u"source"_s).toString(), u"cumulative_latin1.csv"_s);
    }

    void windowedBulletin()
    {
        const EpidemicImportSummary s = importFixture(u"bulletin_windowed.csv"_s);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.shape, EpidemicShape::Windowed);
        QCOMPARE(s.rowsRead, 5);
        QCOMPARE(s.rowsInserted, 5);
        QCOMPARE(s.rowsSkipped, 0);
        QCOMPARE(s.valuesStored, 20);
        QCOMPARE(s.valuesSuppressed, 4);
        QCOMPARE(s.regionsMatched, 3);
        QVERIFY(addsUp(s));
        QVERIFY(hasNote(s, u"4 cell(s) were empty or suppressed"_s));

        QCOMPARE(scalar(u"SELECT COUNT(*) FROM epidemic_daily"_s).toInt(), 0);
        QCOMPARE(reported(kCentro, u"2024-03-05"_s, u"cases_14d"_s).toInt(), 120);
        QCOMPARE(reported(kCentro, u"2024-03-05"_s, u"cases_14d"_s, u"window_days"_s).toInt(), 14);
        QCOMPARE(reported(kCentro, u"2024-03-12"_s, u"incidence_per_100k_14d"_s).toDouble(), 292.1);
        QCOMPARE(reported(kCentro, u"2024-03-12"_s, u"cases_7d"_s, u"window_days"_s).toInt(), 7);
        QCOMPARE(reported(kCentro, u"2024-03-05"_s, u"positivity_7d"_s).toDouble(), 6.5); // "6.5%"
        QCOMPARE(reported(kRibera, u"2024-03-26"_s, u"incidence_per_100k_14d"_s).toDouble(), 150.0);
        // The irregular report dates are kept; nothing is filled in between.
        QCOMPARE(scalar(u"SELECT COUNT(DISTINCT day) FROM epidemic_reported"_s).toInt(), 3);
        // "<5", "*", "-" and an empty cell: four rows whose value is NULL, not 0.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM epidemic_reported WHERE region_id = ? AND day = '2024-03-12'"
                        " AND value IS NULL"_s, {kSanTelmo}).toInt(), 4);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM epidemic_reported WHERE value = 0"_s).toInt(), 0);
    }

    void unknownRegionsAndSuppressedCells()
    {
        const EpidemicImportSummary s = importFixture(u"unknown_suppressed.csv"_s);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.shape, EpidemicShape::Daily);
        QCOMPARE(s.rowsRead, 6);
        QCOMPARE(s.rowsInserted, 3);
        QCOMPARE(s.rowsSkipped, 3);
        QCOMPARE(s.valuesSuppressed, 4);
        QCOMPARE(s.valuesStored, 9);
        QCOMPARE(s.regionsMatched, 2);
        QVERIFY(addsUp(s));
        QCOMPARE(s.unknownRegions, (QStringList{u"Atlantis"_s, u"Villa Inexistente"_s}));
        QVERIFY(hasIssue(s, 3, u"region"_s, u"unknown region “Atlantis”"_s));
        QVERIFY(hasIssue(s, 5, u"region"_s, u"unknown region “Villa Inexistente”"_s));
        QVERIFY(hasIssue(s, 6, u"region"_s, u"unknown region “Atlantis”"_s));
        QVERIFY(hasNote(s, u"Regions that matched no district, neighbourhood or post code in the store: “Atlantis” (2 row(s)), "
                           "“Villa Inexistente” (1 row(s))."_s));
        QVERIFY(hasNote(s, u"stored as NULL (not reported), not as 0"_s));

        // Suppressed is NULL; a real zero stays 0.
        QVERIFY(daily(kCentro, u"2024-03-01"_s, u"deaths"_s).isNull());
        QVERIFY(daily(kCentro, u"2024-03-01"_s, u"tests"_s).isNull());
        QCOMPARE(daily(kCentro, u"2024-03-01"_s, u"cases"_s).toInt(), 5);
        QVERIFY(daily(kCentro, u"2024-03-02"_s, u"cases"_s).isNull()); // "-"
        QVERIFY(daily(kCentro, u"2024-03-02"_s, u"deaths"_s).isNull()); // empty
        QCOMPARE(daily(kCentro, u"2024-03-02"_s, u"tests"_s).toInt(), 12);
        QVERIFY(!daily(kSanTelmo, u"2024-03-03"_s, u"cases"_s).isNull());
        QCOMPARE(daily(kSanTelmo, u"2024-03-03"_s, u"cases"_s).toInt(), 0);
        // Columns the file does not have stay NULL too.
        QVERIFY(daily(kSanTelmo, u"2024-03-03"_s, u"recoveries"_s).isNull());
    }

    void reimportChangesNothing_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("unchanged");
        QTest::newRow("daily") << u"daily_utf8.csv"_s << 6;
        QTest::newRow("cumulative") << u"cumulative_latin1.csv"_s << 5;
        QTest::newRow("windowed") << u"bulletin_windowed.csv"_s << 5;
        QTest::newRow("unknown and suppressed") << u"unknown_suppressed.csv"_s << 3;
    }

    void reimportChangesNothing()
    {
        QFETCH(QString, fixture);
        QFETCH(int, unchanged);
        const EpidemicImportSummary first = importFixture(fixture);
        QVERIFY2(first.ok, qPrintable(first.toText()));
        const QString before = dump();
        const EpidemicImportSummary again = importFixture(fixture);
        QVERIFY2(again.ok, qPrintable(again.toText()));
        QCOMPARE(again.rowsInserted, 0);
        QCOMPARE(again.rowsUpdated, 0);
        QCOMPARE(again.rowsUnchanged, unchanged);
        QCOMPARE(again.valuesStored, 0);
        QCOMPARE(again.rowsSkipped, first.rowsSkipped);
        QVERIFY(addsUp(again));
        QCOMPARE(dump(), before);
    }

    void reimportUpdates()
    {
        QVERIFY(importText("fecha,distrito,casos,fallecidos,tasa_14d\n2024-03-01,Centro,5,1,20.5\n2024-03-02,Centro,6,0,21\n").ok);
        // A corrected file: one count changed, one suppressed now, one row the same.
        const EpidemicImportSummary s =
            importText("fecha,distrito,casos,fallecidos,tasa_14d\n2024-03-01,Centro,5,1,20.5\n2024-03-02,Centro,7,<3,21\n");
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.rowsUnchanged, 1);
        QCOMPARE(s.rowsUpdated, 1);
        QCOMPARE(s.rowsInserted, 0);
        QCOMPARE(s.valuesStored, 2); // the two daily columns of the changed row; the rate was the same
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM epidemic_daily"_s).toInt(), 2);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM epidemic_reported"_s).toInt(), 2);
        QCOMPARE(daily(kCentro, u"2024-03-02"_s, u"cases"_s).toInt(), 7);
        QVERIFY(daily(kCentro, u"2024-03-02"_s, u"deaths"_s).isNull());

        // A file with fewer columns updates only those: the deaths stay.
        const EpidemicImportSummary narrower = importText("fecha,distrito,casos\n2024-03-01,Centro,9\n");
        QVERIFY2(narrower.ok, qPrintable(narrower.toText()));
        QCOMPARE(narrower.rowsUpdated, 1);
        QCOMPARE(daily(kCentro, u"2024-03-01"_s, u"cases"_s).toInt(), 9);
        QCOMPARE(daily(kCentro, u"2024-03-01"_s, u"deaths"_s).toInt(), 1);

        // Another source's indicator is kept beside, not replaced.
        EpidemicImportOptions other;
        other.source = u"boletin regional"_s;
        QVERIFY(importText("fecha,distrito,tasa_14d\n2024-03-01,Centro,19.9\n", other).ok);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM epidemic_reported WHERE day = '2024-03-01'"_s).toInt(), 2);
    }

    void refusalChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<EpidemicImportOptions>("options");
        QTest::addColumn<QString>("error");
        const EpidemicImportOptions none;
        QTest::newRow("not csv") << QByteArray() << u"not_csv.png"_s << none << u"The file is not text"_s;
        QTest::newRow("empty") << QByteArray("\n \n") << QString() << none << u"The file is empty."_s;
        QTest::newRow("no region") << QByteArray("fecha,casos\n2024-03-01,4\n") << QString() << none
                                   << u"No region column (such as “distrito”, “barrio”, “region” or “codigo”) among: fecha, casos."_s;
        QTest::newRow("no date") << QByteArray("distrito,casos\nCentro,4\n") << QString() << none
                                 << u"No date column (such as “fecha”, “date” or “data”) among: distrito, casos."_s;
        QTest::newRow("no figures") << QByteArray("fecha,distrito,comentario\n2024-03-01,Centro,ok\n") << QString() << none
                                    << u"No epidemic figures"_s;
        QTest::newRow("header only") << QByteArray("fecha,distrito,casos\n") << QString() << none
                                     << u"The file has a header but no rows."_s;
        QTest::newRow("unterminated quote") << QByteArray("fecha,distrito,casos\n2024-03-01,\"Centro,4\n") << QString() << none
                                            << u"Line 2"_s;
        EpidemicImportOptions windowed;
        windowed.shape = EpidemicShape::Windowed;
        QTest::newRow("window unknown") << QByteArray("fecha,distrito,casos,tasa\n2024-03-01,Centro,4,2.5\n") << QString()
                                        << windowed << u"The columns “casos”, “tasa” give no window in their name"_s;
        EpidemicImportOptions level;
        level.regionLevel = u"barrio"_s;
        QTest::newRow("bad level") << QByteArray("fecha,distrito,casos\n2024-03-01,Centro,4\n") << QString() << level
                                   << u"“barrio” is not a region level"_s;
    }

    void refusalChangesNothing()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, fixture);
        QFETCH(EpidemicImportOptions, options);
        QFETCH(QString, error);
        QVERIFY(importFixture(u"daily_utf8.csv"_s).ok);
        QVERIFY(importFixture(u"bulletin_windowed.csv"_s).ok);
        const QString before = dump();
        const EpidemicImportSummary s = fixture.isEmpty() ? importText(data, options) : importFixture(fixture, options);
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(error), qPrintable(s.error));
        QCOMPARE(s.rowsRead, 0);
        QCOMPARE(s.rowsInserted, 0);
        QVERIFY(s.issues.isEmpty());
        QVERIFY(s.toText().contains(u"Nothing was changed."_s));
        QCOMPARE(dump(), before);
    }

    void columnNames_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("indicator"); // epidemic_reported indicator, or "daily:<column>"
        QTest::addColumn<int>("window");
        QTest::newRow("casos") << u"casos"_s << u"daily:cases"_s << 0;
        QTest::newRow("new_cases") << u"new_cases"_s << u"daily:cases"_s << 0;
        QTest::newRow("obitos") << u"óbitos"_s << u"daily:deaths"_s << 0;
        QTest::newRow("testes") << u"testes"_s << u"daily:tests"_s << 0;
        QTest::newRow("altas") << u"altas"_s << u"daily:recoveries"_s << 0;
        QTest::newRow("primera dosis") << u"Vacunados primera dosis"_s << u"daily:vaccinated_dose1"_s << 0;
        QTest::newRow("dose2") << u"vacinados_dose2"_s << u"daily:vaccinated_dose2"_s << 0;
        QTest::newRow("booster") << u"boosterDoses"_s << u"daily:vaccinated_booster"_s << 0;
        QTest::newRow("cumulativeCases") << u"cumulativeCases"_s << u"cases_cumulative"_s << 0;
        QTest::newRow("total_deaths") << u"total_deaths"_s << u"deaths_cumulative"_s << 0;
        QTest::newRow("IA14") << u"IA14"_s << u"incidence_per_100k_14d"_s << 14;
        QTest::newRow("incidencia acumulada 14 dias") << u"Incidencia acumulada 14 días"_s << u"incidence_per_100k_14d"_s << 14;
        QTest::newRow("casos por 100.000 hab 7d") << u"casos por 100.000 hab 7d"_s << u"incidence_per_100k_7d"_s << 7;
        QTest::newRow("ultimos 14") << u"casos ultimos 14"_s << u"cases_14d"_s << 14;
        QTest::newRow("Casos14D") << u"Casos14D"_s << u"cases_14d"_s << 14;
        QTest::newRow("positividade 7 dias") << u"positividade 7 dias"_s << u"positivity_7d"_s << 7;
    }

    void columnNames()
    {
        QFETCH(QString, header);
        QFETCH(QString, indicator);
        QFETCH(int, window);
        const QByteArray csv = (u"fecha;distrito;"_s + header + u"\n2024-03-01;Centro;12\n"_s).toUtf8();
        const EpidemicImportSummary s = importText(csv);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.columnsRead, QStringList{header});
        if (indicator.startsWith(u"daily:"_s)) {
            QCOMPARE(daily(kCentro, u"2024-03-01"_s, indicator.mid(6)).toInt(), 12);
        } else {
            QCOMPARE(reported(kCentro, u"2024-03-01"_s, indicator).toInt(), 12);
            const QVariant days = reported(kCentro, u"2024-03-01"_s, indicator, u"window_days"_s);
            QCOMPARE(days.isNull() ? 0 : days.toInt(), window);
        }
    }

    void forcedShape_data()
    {
        QTest::addColumn<EpidemicShape>("shape");
        QTest::addColumn<int>("windowDays");
        QTest::addColumn<QString>("indicator"); // empty: daily
        QTest::newRow("auto") << EpidemicShape::Auto << 0 << QString();
        QTest::newRow("daily") << EpidemicShape::Daily << 0 << QString();
        QTest::newRow("cumulative") << EpidemicShape::Cumulative << 0 << u"cases_cumulative"_s;
        QTest::newRow("windowed 14") << EpidemicShape::Windowed << 14 << u"cases_14d"_s;
    }

    void forcedShape()
    {
        QFETCH(EpidemicShape, shape);
        QFETCH(int, windowDays);
        QFETCH(QString, indicator);
        EpidemicImportOptions options;
        options.shape = shape;
        options.windowDays = windowDays;
        const EpidemicImportSummary s = importText("fecha,distrito,casos\n2024-03-01,Centro,40\n", options);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.shape, shape == EpidemicShape::Auto ? EpidemicShape::Daily : shape);
        if (indicator.isEmpty()) {
            QCOMPARE(daily(kCentro, u"2024-03-01"_s, u"cases"_s).toInt(), 40);
            QCOMPARE(scalar(u"SELECT COUNT(*) FROM epidemic_reported"_s).toInt(), 0);
        } else {
            QCOMPARE(scalar(u"SELECT COUNT(*) FROM epidemic_daily"_s).toInt(), 0);
            QCOMPARE(reported(kCentro, u"2024-03-01"_s, indicator).toInt(), 40);
        }
    }

    void regionLevel()
    {
        // "Santa Lucía" is a neighbourhood and a post code; the option picks the post code.
        EpidemicImportOptions options;
        options.regionLevel = u"postcode"_s;
        const EpidemicImportSummary s = importText("fecha,zona,casos\n2024-03-01,santa lucia,3\n2024-03-01,Centro,2\n", options);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.rowsInserted, 1);
        QVERIFY(hasIssue(s, 3, u"zona"_s, u"unknown region “Centro”"_s));
        QVERIFY(hasNote(s, u"Regions that matched no post code"_s));
        QCOMPARE(daily(kPostCodeSantaLucia, u"2024-03-01"_s, u"cases"_s).toInt(), 3);
        QVERIFY(daily(kSantaLucia, u"2024-03-01"_s, u"cases"_s).isNull());
    }

    void demoCity()
    {
        // The demo city's own codes and names (names shuffled by the seed, so read back), spelled
        // as a careless export would: upper case, no accents.
        m_db.close();
        QVERIFY(m_db.openInMemory().ok());
        QString error;
        const QDateTime anchor(QDate(2025, 6, 30), QTime(12, 0), QTimeZone::UTC);
        QVERIFY2(atalaya::DemoCity::generate(m_db, {7, anchor}, {}, &error), qPrintable(error));
        QSqlQuery regions = m_db.prepare(u"SELECT id, code, name FROM region WHERE level = 'district' ORDER BY id"_s);
        QVERIFY(Database::exec(regions));
        QByteArray csv = "fecha;codigo;distrito;casos_14d;tasa_14d\n";
        QList<qint64> ids;
        int n = 0;
        while (regions.next()) {
            ids.append(regions.value(0).toLongLong());
            const bool byName = n % 2 == 1;
            const QString name = atalaya::CsvReader::foldAccents(regions.value(2).toString()).toUpper();
            csv += (u"01/07/2025;%1;%2;%3;%4,5\n"_s.arg(byName ? QString() : regions.value(1).toString(), name)
                        .arg(10 + n)
                        .arg(20 + n))
                       .toUtf8();
            ++n;
        }
        QVERIFY(n >= 4);
        const QString before = dump();
        const EpidemicImportSummary s = importText(csv);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.rowsInserted, n);
        QCOMPARE(s.rowsSkipped, 0);
        QCOMPARE(s.regionsMatched, n);
        for (int i = 0; i < n; ++i) {
            QCOMPARE(reported(ids[i], u"2025-07-01"_s, u"cases_14d"_s).toInt(), 10 + i);
            QCOMPARE(reported(ids[i], u"2025-07-01"_s, u"incidence_per_100k_14d"_s).toDouble(), 20.5 + i);
        }
        // The demo's own daily figures are untouched.
        QVERIFY(dump().startsWith(before.left(before.indexOf(u'\n'))));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM epidemic_daily WHERE source = 'inline.csv'"_s).toInt(), 0);
    }

};

QTEST_GUILESS_MAIN(TestEpidemicImport)
#include "tst_epidemicimport.moc"
