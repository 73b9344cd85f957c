#include "briefingstore.h"

#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace atalaya {

namespace {

constexpr auto kColumns = "id, data_at, created_at, created_by, figures, file"_L1;

QDateTime fromEpoch(const QVariant &seconds)
{
    return seconds.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), QTimeZone::UTC);
}

BriefingRecord recordFrom(const QSqlQuery &q)
{
    BriefingRecord r;
    r.id = q.value(0).toLongLong();
    r.dataAt = fromEpoch(q.value(1));
    r.createdAt = fromEpoch(q.value(2));
    r.createdBy = q.value(3).toString();
    // A figures text that is not a JSON object (edited by hand) reads as no figures rather than
    // failing the whole list: the briefing still happened.
    r.figures = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    r.file = q.value(5).toString();
    return r;
}

} // namespace

BriefingStore::BriefingStore(Database &db)
    : m_db(db)
{
}

qint64 BriefingStore::record(const BriefingRecord &briefing)
{
    if (!briefing.dataAt.isValid() || !briefing.createdAt.isValid())
        return 0;
    QSqlQuery q = m_db.prepare(u"INSERT INTO briefing (data_at, created_at, created_by, figures, file)"
                               " VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(briefing.dataAt.toSecsSinceEpoch());
    q.addBindValue(briefing.createdAt.toSecsSinceEpoch());
    q.addBindValue(briefing.createdBy);
    q.addBindValue(QString::fromUtf8(QJsonDocument(briefing.figures).toJson(QJsonDocument::Compact)));
    // No file (a briefing marked on the Overview) is NULL, not an empty path.
    q.addBindValue(briefing.file.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(briefing.file));
    if (!Database::exec(q))
        return 0;
    return q.lastInsertId().toLongLong();
}

std::optional<BriefingRecord> BriefingStore::lastBefore(const QDateTime &at) const
{
    QSqlQuery q = m_db.prepare(u"SELECT %1 FROM briefing WHERE created_at <= ? ORDER BY created_at DESC, id DESC LIMIT 1"_s
                                   .arg(kColumns));
    q.addBindValue(at.toSecsSinceEpoch());
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

QList<BriefingRecord> BriefingStore::recent(int limit) const
{
    QList<BriefingRecord> records;
    if (limit <= 0)
        return records;
    QSqlQuery q = m_db.prepare(u"SELECT %1 FROM briefing ORDER BY created_at DESC, id DESC LIMIT ?"_s.arg(kColumns));
    q.addBindValue(limit);
    if (!Database::exec(q))
        return records;
    while (q.next())
        records.append(recordFrom(q));
    return records;
}

} // namespace atalaya
