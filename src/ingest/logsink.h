#pragma once

#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcIngest)

namespace atalaya::ingest {

/** Where the service's log goes: stderr, one line per message, either one JSON object per line
 *  (for journald, Loki, Elasticsearch: time, level, category, message and fields) or plain text
 *  for people. Installed as the Qt message handler, so the core's categories (atalaya.feeds,
 *  atalaya.store, atalaya.alerts) come out the same way as the service's own. */
class LogSink
{
public:
    enum class Format { Json, Text };

    static void install(Format format);

    /** Fields attached to the messages logged on this thread while the object lives:
     *  `{ LogFields f({{"feed", id}, {"stored", n}}); qCInfo(lcIngest) << ...; }`. */
    class Fields
    {
    public:
        explicit Fields(const QJsonObject &fields);
        ~Fields();
        Fields(const Fields &) = delete;
        Fields &operator=(const Fields &) = delete;

    private:
        QJsonObject m_previous;
    };

    /** One message as the sink writes it (tests of the format). */
    static QByteArray line(Format format, QtMsgType type, const char *category, const QString &message,
                           const QJsonObject &fields, qint64 atMs);
};

} // namespace atalaya::ingest
