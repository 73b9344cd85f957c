#pragma once

// What the end-to-end tests of atalaya-ingest read of a running service: its start line and its
// JSON log lines on stderr (docs/ingest.md).

#include <QByteArray>
#include <QDateTime>
#include <QDebug>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLatin1StringView>
#include <QProcess>

namespace atalaya::test {

/** The service's log lines. Every stderr line must be one JSON object with a UTC time, a level,
 *  a category starting with categoryPrefix and a message: otherwise nothing (and a warning
 *  saying which line). Qt's own categories (qt.sql.postgresql during an outage) take "". */
inline QList<QJsonObject> jsonLogLines(const QByteArray &stderrText, QLatin1StringView categoryPrefix)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : stderrText.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (!document.isObject()) {
            qWarning() << "not a JSON object:" << line << error.errorString();
            return {};
        }
        const QJsonObject object = document.object();
        const QDateTime time = QDateTime::fromString(object.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
        if (!time.isValid() || time.timeSpec() != Qt::UTC || object.value(QLatin1String("level")).toString().isEmpty()
            || object.value(QLatin1String("category")).toString().isEmpty()
            || !object.value(QLatin1String("category")).toString().startsWith(categoryPrefix)
            || !object.value(QLatin1String("message")).isString()) {
            qWarning() << "a log line lacks time (UTC), level, category or message:" << line;
            return {};
        }
        lines.append(object);
    }
    return lines;
}

/** Waits up to timeoutMs for the service's start line (its store is migrated by then, so the
 *  test opening it cannot race the migration), collecting stderr into err. False when the
 *  service ended or never said it. */
inline bool waitUntilRunning(QProcess &service, QByteArray &err, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < timeoutMs) {
        service.waitForReadyRead(200);
        err += service.readAllStandardError();
        if (err.contains("running 1 feeds into the store"))
            return true;
        if (service.state() == QProcess::NotRunning)
            return false;
    }
    return false;
}

} // namespace atalaya::test
