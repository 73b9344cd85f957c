#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace atalaya {

class Database;
struct Kpi;

/** Paper sizes of the briefing, both portrait. A3 keeps the same sections and uses the room for
 *  a larger map and charts side by side. */
enum class BriefingPaper { A4, A3 };

/** "A4" / "A3", case-insensitive; nullopt for anything else. */
std::optional<BriefingPaper> briefingPaperFromName(const QString &name);
QString briefingPaperName(BriefingPaper paper);

/** What the briefing's map shows, each layer on or off. */
struct BriefingLayers {
    bool districts = true; // district polygons coloured by 7-day incidence
    bool hospitals = true; // hospitals by ICU availability level
    bool sites = true;     // crowding sites by traffic light
    bool alerts = true;    // open alerts as numbered markers (A1, A2, ...)
    bool notes = true;     // operator notes as numbered markers (N1, N2, ...)
};

struct BriefingOptions {
    BriefingPaper paper = BriefingPaper::A4;
    /** The moment the briefing shows the city at (UTC); invalid = now. */
    QDateTime at;
    BriefingLayers layers;
    /** Who is recorded as having produced the briefing. */
    QString createdBy;
    /** Record the briefing in the store (BriefingStore) once the PDF is written. */
    bool record = true;
    /** Called on the writer's thread with a fraction (0..1) and a translated stage. */
    std::function<void(double fraction, const QString &stage)> progress;
};

struct BriefingResult {
    bool ok = false;
    QString error;     // one sentence: what, where, why
    bool storeError = false; // the error is the store's (reading or recording), not the output file's
    QString file;      // absolute path written
    int pages = 0;
    QDateTime at;      // the moment shown (UTC)
    QDateTime dataTime; // the newest data at or before it (invalid: the store has none)
    qint64 briefingId = 0; // the briefing table's row, 0 when not recorded
    qint64 elapsedMs = 0;
};

/** Writes the briefing PDF (QPdfWriter + QPainter, text as text) from the store at a moment:
 *  cover, key figures, the map, the epidemic and hospital charts, open alerts and operator notes,
 *  every page numbered and carrying the data time. Needs a QGuiApplication (fonts); runs on any
 *  thread with that thread's own Database. */
class BriefingWriter
{
    Q_DECLARE_TR_FUNCTIONS(atalaya::BriefingWriter)
public:
    static BriefingResult write(Database &db, const QString &path, const BriefingOptions &options);

    /** A moment as the briefing prints it: "26 Nov 2026, 08:00 UTC" in the city's zone. */
    static QString formatMoment(const QDateTime &moment, const QTimeZone &zone);
    /** A KPI's value as the key-figures table prints it (its decimals, the current locale), or
     *  "no data". */
    static QString formatKpiValue(const Kpi &kpi);
    /** The city's time zone: the store's meta time_zone, else the system's. */
    static QTimeZone cityZone(const Database &db);
};

} // namespace atalaya
