#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace atalaya {

class Database;

/** A briefing given: the moment of the data it showed, when and by whom, and its headline
 *  figures (JSON object: key -> number, the keys of briefingFigureKeys()) so the Overview can
 *  say what changed since. */
struct BriefingRecord {
    qint64 id = 0;
    QDateTime dataAt;
    QDateTime createdAt;
    QString createdBy;
    QJsonObject figures;
    QString file; // the PDF written, if any
};

/** The briefing table (schema 4). */
class BriefingStore
{
public:
    explicit BriefingStore(Database &db);
    qint64 record(const BriefingRecord &briefing);
    /** The newest briefing created at or before `at`. */
    std::optional<BriefingRecord> lastBefore(const QDateTime &at) const;
    QList<BriefingRecord> recent(int limit) const;

private:
    Database &m_db;
};

} // namespace atalaya
