#pragma once

#include "connector.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QTimer>

namespace atalaya::feeds {

/** A file, or a folder of files, that another program writes: read through the feed's
 *  FieldMapping when it changes. QFileSystemWatcher says when; the feed's cadence is the
 *  fallback where watching does not work (network shares, some container mounts). A file is
 *  read again only when its size or modification time changed; an unreadable file (often one
 *  caught half-written) is retried with backoff until it reads whole. */
class FileConnector : public Connector
{
    Q_OBJECT
public:
    FileConnector(const FeedConfig &config, const ConnectorContext &context);

    void start() override;
    void stop() override;

    /** How long a change settles before the file is read (writers often write in pieces). */
    static constexpr int kSettleMs = 200;

protected:
    void attempt() override;

private:
    void watch(const QStringList &files);
    QStringList nameFilters() const;

    QFileSystemWatcher m_watcher{this}; // children, so moveToThread() takes them along
    QTimer m_settle{this};
    QHash<QString, QString> m_seen; // file -> size and modification time when last read whole
};

} // namespace atalaya::feeds
