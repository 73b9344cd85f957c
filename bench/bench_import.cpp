#include "io/hospitalimport.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

using namespace atalaya;
using namespace Qt::StringLiterals;

// One year of daily bed reports for 500 hospitals (182,500 rows with coordinates) imported from
// an in-memory CSV into a fresh file store, against the floor: the same rows inserted with one
// prepared INSERT each in one transaction, with no parsing, matching or checking at all.
namespace {

constexpr int kHospitals = 500;
constexpr int kDays = 365;

struct Row {
    int hospital;
    qint64 at;
    int generalTotal, generalFree, icuTotal, icuFree;
};

// Deterministic counts, so every run imports the same file.
Row makeRow(int hospital, int day, qint64 at)
{
    const int total = 80 + (hospital * 37) % 400;
    const int icuTotal = 4 + hospital % 30;
    return {hospital, at, total, (hospital * 13 + day * 7) % (total + 1), icuTotal, (hospital + day * 3) % (icuTotal + 1)};
}

bool open(Database &db, const QString &path)
{
    const Database::OpenResult opened = db.open(path);
    if (!opened.ok())
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(opened.message));
    return opened.ok();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_import: cannot create a temporary folder\n");
        return 1;
    }

    const QDate first(2025, 1, 1);
    QList<Row> rows;
    rows.reserve(kHospitals * kDays);
    QByteArray csv = "hospital,latitud,longitud,fecha,camas,camas_disponibles,uci,uci_disponibles\n"_ba;
    csv.reserve(kHospitals * kDays * 72);
    for (int day = 0; day < kDays; ++day) {
        const QDate date = first.addDays(day);
        const QByteArray dateText = date.toString(Qt::ISODate).toLatin1();
        const qint64 at = QDateTime(date, QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch();
        for (int h = 0; h < kHospitals; ++h) {
            const Row row = makeRow(h, day, at);
            rows.append(row);
            const double lat = 41.30 + 0.2 * double(h % 25) / 25.0;
            const double lon = 2.05 + 0.2 * double(h / 25) / 20.0;
            csv += "Hospital " + QByteArray::number(h) + ',' + QByteArray::number(lat, 'f', 5) + ','
                + QByteArray::number(lon, 'f', 5) + ',' + dateText + ',' + QByteArray::number(row.generalTotal) + ','
                + QByteArray::number(row.generalFree) + ',' + QByteArray::number(row.icuTotal) + ','
                + QByteArray::number(row.icuFree) + '\n';
        }
    }
    std::printf("bench_import: %lld rows, %.1f MB of CSV\n", qlonglong(rows.size()), double(csv.size()) / 1e6);

    double importSeconds = 0;
    {
        Database db;
        if (!open(db, dir.filePath(u"import.sqlite"_s)))
            return 1;
        QElapsedTimer timer;
        timer.start();
        const HospitalImportSummary summary = importHospitalsData(db, csv, u"bench.csv"_s);
        importSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (!summary.ok || summary.reportsStored != rows.size()) {
            std::fprintf(stderr, "bench_import: import failed\n%s\n", qPrintable(summary.toText()));
            return 1;
        }
        std::printf("bench_import: import %.2f s (%d hospitals created)\n", importSeconds, summary.hospitalsCreated);
    }

    double rawSeconds = 0;
    {
        Database db;
        if (!open(db, dir.filePath(u"raw.sqlite"_s)))
            return 1;
        QElapsedTimer timer;
        timer.start();
        const bool done = db.inTransaction([&] {
            QSqlQuery hospital = db.prepare(u"INSERT INTO hospital (id, name, lat, lon) VALUES (?, ?, ?, ?)"_s);
            for (int h = 0; h < kHospitals; ++h) {
                hospital.addBindValue(h + 1);
                hospital.addBindValue(u"Hospital %1"_s.arg(h));
                hospital.addBindValue(41.3);
                hospital.addBindValue(2.1);
                if (!Database::exec(hospital))
                    return false;
            }
            QSqlQuery insert = db.prepare(u"INSERT INTO bed_report (hospital_id, reported_at, general_total,"
                                          " general_free, icu_total, icu_free, reported_level, source)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
            const QString source = u"bench"_s;
            for (const Row &row : std::as_const(rows)) {
                insert.addBindValue(row.hospital + 1);
                insert.addBindValue(row.at);
                insert.addBindValue(row.generalTotal);
                insert.addBindValue(row.generalFree);
                insert.addBindValue(row.icuTotal);
                insert.addBindValue(row.icuFree);
                insert.addBindValue(QVariant(QMetaType::fromType<QString>()));
                insert.addBindValue(source);
                if (!Database::exec(insert))
                    return false;
            }
            return true;
        });
        rawSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (!done) {
            std::fprintf(stderr, "bench_import: raw insert failed\n");
            return 1;
        }
    }

    const double importRate = double(rows.size()) / importSeconds;
    const double rawRate = double(rows.size()) / rawSeconds;
    std::printf("BENCH import.hospital_reports_per_s %.0f rows/s\n", importRate);
    std::printf("BENCH import.raw_insert_per_s %.0f rows/s\n", rawRate);
    std::printf("BENCH import.parse_overhead %.2f x\n", rawRate / importRate);
    return 0;
}
