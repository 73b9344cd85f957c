#include "fileconnector.h"

#include "logging.h"
#include "mappedpayload.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace atalaya::feeds {

FileConnector::FileConnector(const FeedConfig &config, const ConnectorContext &context)
    : Connector(config, context)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &Connector::pollNow);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
}

void FileConnector::start()
{
    const QFileInfo info(config().path);
    // The folder is watched for a single file too: editors and exporters often replace a file
    // (write elsewhere, rename over), which ends a watch on the file itself.
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    if (QFileInfo(folder).isDir() && !m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
    Connector::start();
}

void FileConnector::stop()
{
    Connector::stop();
    m_settle.stop();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
}

QStringList FileConnector::nameFilters() const
{
    const QString pattern = config().pattern.isEmpty() ? u"*.json *.geojson *.csv"_s : config().pattern;
    return pattern.split(u' ', Qt::SkipEmptyParts);
}

void FileConnector::watch(const QStringList &files)
{
    QStringList missing;
    const QStringList watched = m_watcher.files();
    for (const QString &file : files) {
        if (!watched.contains(file))
            missing.append(file);
    }
    if (!missing.isEmpty())
        m_watcher.addPaths(missing);
}

void FileConnector::attempt()
{
    const QFileInfo target(config().path);
    QStringList files;
    if (target.isDir()) {
        const QFileInfoList entries = QDir(target.absoluteFilePath()).entryInfoList(nameFilters(), QDir::Files, QDir::Name);
        for (const QFileInfo &entry : entries)
            files.append(entry.absoluteFilePath());
        if (!m_watcher.directories().contains(target.absoluteFilePath()))
            m_watcher.addPath(target.absoluteFilePath());
    } else if (target.exists()) {
        files.append(target.absoluteFilePath());
        if (!m_watcher.directories().contains(target.absolutePath()) && QFileInfo(target.absolutePath()).isDir())
            m_watcher.addPath(target.absolutePath());
    } else {
        fail(tr("Cannot read %1: there is no such file or folder").arg(config().path));
        return;
    }
    watch(files);

    QString firstError;
    for (const QString &path : std::as_const(files)) {
        const QFileInfo info(path);
        const QString signature = u"%1 %2"_s.arg(info.size()).arg(info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch());
        if (m_seen.value(path) == signature)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (firstError.isEmpty())
                firstError = tr("Cannot read %1: %2").arg(path, file.errorString());
            continue;
        }
        const QByteArray data = file.readAll();
        FieldMapping mapping = config().mapping;
        if (config().formatFromExtension) {
            const QString suffix = info.suffix().toLower();
            mapping.format = suffix == u"csv"_s ? FieldMapping::Format::Csv
                : suffix == u"geojson"_s       ? FieldMapping::Format::GeoJson
                                               : FieldMapping::Format::Json;
        }
        // Records without a time of their own were true when the file was written.
        const qint64 writtenAt = info.lastModified(QTimeZone::UTC).toSecsSinceEpoch();
        ParsedPayload payload = parseMapped(data, mapping, config().storeProvider(), writtenAt);
        if (!payload.ok()) {
            if (firstError.isEmpty())
                firstError = tr("Unreadable file %1: %2").arg(path, payload.fatal);
            deliver(std::move(payload), path);
            continue; // not marked as read: a retry reads it again, complete by then
        }
        deliver(std::move(payload), path);
        m_seen.insert(path, signature);
    }
    // Files gone from the folder are forgotten, so one written again under the same name is read.
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (!files.contains(it.key()))
            it = m_seen.erase(it);
        else
            ++it;
    }
    if (firstError.isEmpty())
        succeed();
    else
        fail(firstError);
}

} // namespace atalaya::feeds
