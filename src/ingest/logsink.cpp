#include "logsink.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QTimeZone>

#include <cstdio>

Q_LOGGING_CATEGORY(lcIngest, "atalaya.ingest")

using namespace Qt::StringLiterals;

namespace atalaya::ingest {

namespace {

LogSink::Format g_format = LogSink::Format::Json;
QMutex g_writeLock; // the engines' threads log too; a line must never be cut by another
thread_local QJsonObject t_fields;

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return u"debug"_s;
    case QtInfoMsg: return u"info"_s;
    case QtWarningMsg: return u"warning"_s;
    case QtCriticalMsg: return u"critical"_s;
    case QtFatalMsg: return u"fatal"_s;
    }
    return u"info"_s;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray text = LogSink::line(g_format, type, context.category, message, t_fields,
                                          QDateTime::currentMSecsSinceEpoch());
    {
        QMutexLocker lock(&g_writeLock);
        std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
        std::fflush(stderr);
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void LogSink::install(Format format)
{
    g_format = format;
    qInstallMessageHandler(handler);
}

LogSink::Fields::Fields(const QJsonObject &fields)
    : m_previous(t_fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it)
        t_fields.insert(it.key(), it.value());
}

LogSink::Fields::~Fields()
{
    t_fields = m_previous;
}

QByteArray LogSink::line(Format format, QtMsgType type, const char *category, const QString &message,
                         const QJsonObject &fields, qint64 atMs)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::UTC).toString(Qt::ISODateWithMs);
    const QString categoryName = category ? QString::fromUtf8(category) : u"default"_s;
    QJsonObject extra = fields;
    // The feed engine names the feed first in its messages ("feed parkings attempt failed ...");
    // taken out as a field, a log search can select one feed without parsing sentences.
    if (!extra.contains(u"feed"_s) && categoryName.startsWith(u"atalaya."_s)) {
        static const QRegularExpression feedFirst(u"^feed (\\S+?):? "_s);
        const QRegularExpressionMatch match = feedFirst.match(message);
        if (match.hasMatch())
            extra.insert(u"feed"_s, match.captured(1));
    }
    if (format == Format::Text) {
        QString text = u"%1 %2 %3: %4"_s.arg(time, levelName(type), categoryName, message);
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            if (it.key() == u"feed"_s)
                continue; // already in the sentence
            const QJsonValue v = it.value();
            text += u" %1=%2"_s.arg(it.key(), v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
        }
        return text.toUtf8() + '\n';
    }
    QJsonObject object{{u"time"_s, time}, {u"level"_s, levelName(type)}, {u"category"_s, categoryName}, {u"message"_s, message}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!object.contains(it.key()))
            object.insert(it.key(), it.value());
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace atalaya::ingest
