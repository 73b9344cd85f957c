#include "feedsmodel.h"

#include <QDateTime>
#include <QLocale>

namespace atalaya {

using feeds::FeedConfig;
using feeds::FeedStatus;

FeedsModel::FeedsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FeedsModel::setFeeds(const QList<FeedConfig> &feeds)
{
    QList<Row> rows;
    rows.reserve(feeds.size());
    for (const FeedConfig &config : feeds) {
        Row row{config, {}};
        const int old = rowOf(config.id);
        if (old >= 0) {
            row.status = m_rows.at(old).status;
        } else {
            row.status.id = config.id;
            row.status.kind = FeedConfig::kindName(config.kind);
        }
        row.status.name = config.name;
        // The file's word counts until the engine reports otherwise.
        if (config.paused)
            row.status.state = FeedStatus::State::Paused;
        else if (row.status.state == FeedStatus::State::Paused)
            row.status.state = FeedStatus::State::Starting;
        rows.append(row);
    }
    const bool sameIds = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const Row &a, const Row &b) { return a.config.id == b.config.id; });
    if (sameIds) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        Q_EMIT countChanged();
    }
    Q_EMIT statesChanged();
}

void FeedsModel::updateStatus(const FeedStatus &status)
{
    const int row = rowOf(status.id);
    if (row < 0)
        return;
    const bool stateChanged = m_rows.at(row).status.state != status.state
        || m_rows.at(row).status.lastReadingAt != status.lastReadingAt;
    m_rows[row].status = status;
    if (m_rows.at(row).status.name.isEmpty())
        m_rows[row].status.name = m_rows.at(row).config.name;
    Q_EMIT dataChanged(index(row), index(row));
    if (stateChanged)
        Q_EMIT statesChanged();
}

int FeedsModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).config.id == id)
            return row;
    }
    return -1;
}

int FeedsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FeedsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const FeedStatus &s = row.status;
    switch (role) {
    case FeedIdRole:
        return row.config.id;
    case Qt::DisplayRole:
    case NameRole:
        return row.config.name.isEmpty() ? row.config.id : row.config.name;
    case KindRole:
        return FeedConfig::kindName(row.config.kind);
    case KindTextRole:
        switch (row.config.kind) {
        case FeedConfig::Kind::Sentilo: return tr("Sentilo");
        case FeedConfig::Kind::Ngsi: return tr("FIWARE NGSI-v2");
        case FeedConfig::Kind::Http: return tr("HTTP resource");
        case FeedConfig::Kind::File: return tr("File or folder");
        }
        return {};
    case TargetRole:
        return row.config.kind == FeedConfig::Kind::File ? row.config.path : row.config.url.toDisplayString();
    case StateRole:
        return stateKey(s.state);
    case StateTextRole:
        return stateText(s);
    case LastErrorRole:
        return s.lastError;
    case LastReadingTextRole:
        return s.lastReadingAt > 0 ? clockText(s.lastReadingAt) : QString();
    case NextAttemptTextRole:
        // A paused feed plans nothing; an attempt in the past is under way.
        return s.state == FeedStatus::State::Paused || s.nextAttemptAt <= 0 ? QString() : clockText(s.nextAttemptAt, true);
    case CadenceTextRole:
        return tr("every %n s", nullptr, row.config.cadenceSeconds);
    case StoredRole:
        return s.stored;
    case DuplicatesRole:
        return s.duplicates;
    case MalformedRole:
        return s.malformed;
    case ProblemsRole:
        return s.problems;
    case RetriesRole:
        return s.retries;
    case PausedRole:
        return s.state == FeedStatus::State::Paused;
    default:
        return {};
    }
}

QHash<int, QByteArray> FeedsModel::roleNames() const
{
    return {
        {FeedIdRole, "feedId"},
        {NameRole, "name"},
        {KindRole, "kind"},
        {KindTextRole, "kindText"},
        {TargetRole, "target"},
        {StateRole, "feedState"},
        {StateTextRole, "stateText"},
        {LastErrorRole, "lastError"},
        {LastReadingTextRole, "lastReadingText"},
        {NextAttemptTextRole, "nextAttemptText"},
        {CadenceTextRole, "cadenceText"},
        {StoredRole, "stored"},
        {DuplicatesRole, "duplicates"},
        {MalformedRole, "malformed"},
        {ProblemsRole, "problems"},
        {RetriesRole, "retries"},
        {PausedRole, "paused"},
    };
}

QString FeedsModel::stateKey(FeedStatus::State state)
{
    switch (state) {
    case FeedStatus::State::Starting: return QStringLiteral("starting");
    case FeedStatus::State::Live: return QStringLiteral("live");
    case FeedStatus::State::Stale: return QStringLiteral("stale");
    case FeedStatus::State::Failing: return QStringLiteral("failing");
    case FeedStatus::State::Paused: return QStringLiteral("paused");
    }
    return {};
}

QString FeedsModel::stateText(const FeedStatus &status)
{
    switch (status.state) {
    case FeedStatus::State::Starting:
        return tr("Starting");
    case FeedStatus::State::Live:
        return tr("Live");
    case FeedStatus::State::Stale:
        // Stale since the newest reading; a feed that answers but never had one is just stale.
        return status.lastReadingAt > 0 ? tr("Stale since %1").arg(clockText(status.lastReadingAt)) : tr("Stale, no reading yet");
    case FeedStatus::State::Failing:
        return tr("Failing");
    case FeedStatus::State::Paused:
        return tr("Paused");
    }
    return {};
}

QString FeedsModel::clockText(qint64 epochSeconds, bool withSeconds)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(epochSeconds).toLocalTime();
    const QLocale locale;
    // The locale's own short form (12 or 24 hours), to the minute ("stale since 14:05"; some
    // locales' short form has seconds), or with seconds for attempts seconds apart.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss")).remove(QLatin1String(".ss"));
    if (withSeconds)
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    const QString time = locale.toString(at.time(), format);
    if (at.date() == QDate::currentDate())
        return time;
    return locale.toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
}

} // namespace atalaya
