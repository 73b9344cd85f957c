#pragma once

#include "feeds/connector.h"
#include "feeds/feedconfig.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

/** The feeds of the feeds file with what each is doing, for the Feeds page: one row per feed in
 *  file order, its state in words ("Stale since 14:05", "Failing: HTTP 503 from ..."), its last
 *  reading, its counts and its next attempt. Statuses come from the feed engine's thread through
 *  FeedsPanel; a feed not heard of yet is "Starting" (or "Paused" when the file says so). */
class FeedsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FeedsModel is provided by Dashboard.feeds.model")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        FeedIdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,            // "sentilo", "ngsi", "http", "file"
        KindTextRole,        // "Sentilo", "FIWARE NGSI-v2", ...
        TargetRole,          // the URL, or the file or folder
        StateRole,           // "starting", "live", "stale", "failing", "paused"
        StateTextRole,       // "Live", "Stale since 14:05", "Failing", "Paused", "Starting"
        LastErrorRole,       // in words; empty when the last attempt succeeded
        LastReadingTextRole, // "14:05", "12/07/2026 14:05", or "" before the first reading
        NextAttemptTextRole, // "14:06:30", or "" (paused, or none planned)
        CadenceTextRole,     // "every 60 s"
        StoredRole,
        DuplicatesRole,
        MalformedRole,
        ProblemsRole,
        RetriesRole,
        PausedRole,
    };
    Q_ENUM(Role)

    explicit FeedsModel(QObject *parent = nullptr);

    /** The feeds of the file, in its order. Statuses of feeds that remain are kept. */
    void setFeeds(const QList<feeds::FeedConfig> &feeds);
    /** What the engine reported for a feed; ignored for a feed not (or no longer) in the file. */
    void updateStatus(const feeds::FeedStatus &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const feeds::FeedStatus &statusAt(int row) const { return m_rows.at(row).status; }
    int rowOf(const QString &id) const;

    /** "live" and friends, the keys QML picks shapes and colours by. */
    static QString stateKey(feeds::FeedStatus::State state);
    /** The state in words, with the time a stale feed went quiet. */
    static QString stateText(const feeds::FeedStatus &status);
    /** A time of day in the user's time zone ("14:05"), with the date when it is not today. */
    static QString clockText(qint64 epochSeconds, bool withSeconds = false);

Q_SIGNALS:
    void countChanged();
    /** Any feed's state, or the feeds themselves, changed (the status bar's summary). */
    void statesChanged();

private:
    struct Row {
        feeds::FeedConfig config;
        feeds::FeedStatus status;
    };
    QList<Row> m_rows;
};

} // namespace atalaya
