#include "storelocation.h"

#include <QRegularExpression>
#include <QUrl>

namespace atalaya {

namespace {

const QString kPostgresqlScheme = QStringLiteral("postgresql://");
const QString kPostgresScheme = QStringLiteral("postgres://");

QString decoded(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// libpq's conninfo quoting: single quotes, with backslash escaping quote and backslash.
QString quotedConnValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

bool StoreLocation::isPostgresUrl(const QString &location)
{
    return location.startsWith(kPostgresqlScheme, Qt::CaseInsensitive)
        || location.startsWith(kPostgresScheme, Qt::CaseInsensitive);
}

StoreLocation StoreLocation::invalid(const QString &why)
{
    StoreLocation location;
    location.m_kind = Kind::Invalid;
    location.m_error = why;
    return location;
}

StoreLocation StoreLocation::parse(const QString &text)
{
    StoreLocation location;
    if (!isPostgresUrl(text)) {
        location.m_kind = Kind::SQLite;
        location.m_filePath = text;
        return location;
    }

    // Parsed by hand rather than with QUrl: libpq's URI grammar allows an empty host
    // (postgresql:///db), a percent-encoded socket folder as host and parameters QUrl would
    // normalise, and every refusal below needs its own reason.
    const qsizetype schemeLength = text.startsWith(kPostgresqlScheme, Qt::CaseInsensitive)
                                       ? kPostgresqlScheme.size()
                                       : kPostgresScheme.size();
    QStringView rest = QStringView(text).mid(schemeLength);
    QStringView query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest = rest.left(mark);
    }
    // Refused before anything else, so that no later message repeats the URL with its password.
    const QList<QStringView> parameters = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QStringView parameter : parameters) {
        if (decoded(parameter.left(parameter.indexOf(QLatin1Char('=')))).trimmed() == QLatin1String("password"))
            return invalid(tr("The store URL contains a password parameter; Atalaya never keeps "
                              "passwords in plain text. Remove it and put the password in ~/.pgpass "
                              "(or the file PGPASSFILE names), or use a service file: "
                              "postgresql:///?service=NAME."));
    }
    QStringView authority = rest;
    QStringView path;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        path = rest.mid(slash + 1);
    }

    QStringView hostPort = authority;
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QStringView userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        if (userInfo.contains(QLatin1Char(':'))) {
            const QString user = decoded(userInfo.left(userInfo.indexOf(QLatin1Char(':'))));
            return invalid(tr("The store URL for user \"%1\" contains a password; Atalaya never keeps "
                              "passwords in plain text. Remove it from the URL and put it in ~/.pgpass "
                              "(or the file PGPASSFILE names), or use a service file: "
                              "postgresql:///?service=NAME.")
                               .arg(user));
        }
        location.m_user = decoded(userInfo);
    }

    if (hostPort.contains(QLatin1Char(',')))
        return invalid(tr("The store URL %1 names several servers; Atalaya connects to one "
                          "(put a load balancer or a service file in front of a cluster).")
                           .arg(text));
    QStringView portText;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return invalid(tr("The store URL %1 has an IPv6 address without its closing ']'.").arg(text));
        location.m_host = hostPort.mid(1, close - 1).toString();
        const QStringView after = hostPort.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return invalid(tr("The store URL %1 has text after the IPv6 address that is not a port.").arg(text));
        portText = after.mid(1);
    } else if (const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        location.m_host = decoded(hostPort.left(colon));
        portText = hostPort.mid(colon + 1);
    } else {
        location.m_host = decoded(hostPort);
    }

    const auto parsePort = [&text](QStringView digits, int *port) -> QString {
        bool ok = false;
        const int value = digits.toInt(&ok);
        if (!ok || value < 1 || value > 65535)
            return tr("The store URL %1 has the port \"%2\"; a port is a number from 1 to 65535.")
                .arg(text, digits.toString());
        *port = value;
        return {};
    };
    if (!portText.isEmpty()) {
        if (const QString why = parsePort(portText, &location.m_port); !why.isEmpty())
            return invalid(why);
    }

    location.m_databaseName = decoded(path);
    if (location.m_databaseName.contains(QLatin1Char('/')))
        return invalid(tr("The store URL %1 has the path \"/%2\"; it must be one database name, as in "
                          "postgresql://host/atalaya.")
                           .arg(text, location.m_databaseName));

    if (text.contains(QLatin1Char('#')))
        return invalid(tr("The store URL %1 has a fragment (#...); a PostgreSQL URL has none.")
                           .arg(text.left(text.indexOf(QLatin1Char('#')))));

    static const QRegularExpression keyPattern(QStringLiteral("^[a-z_]+$"));
    for (const QStringView parameter : parameters) {
        const qsizetype equals = parameter.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return invalid(tr("The store URL %1 has the parameter \"%2\" without a value; write "
                              "name=value.")
                               .arg(text, parameter.toString()));
        const QString key = decoded(parameter.left(equals));
        const QString value = decoded(parameter.mid(equals + 1));
        if (!keyPattern.match(key).hasMatch())
            return invalid(tr("The store URL %1 has the parameter \"%2\", which is not a connection "
                              "setting name.")
                               .arg(text, key));
        // QPSQL turns every ';' of the connect options into a separator before libpq sees them.
        if (value.contains(QLatin1Char(';')))
            return invalid(tr("The store URL %1 has a ';' in the value of \"%2\", which the "
                              "PostgreSQL driver cannot pass on.")
                               .arg(text, key));
        if (key == QLatin1String("host")) {
            location.m_host = value;
        } else if (key == QLatin1String("port")) {
            if (const QString why = parsePort(value, &location.m_port); !why.isEmpty())
                return invalid(why);
        } else if (key == QLatin1String("user")) {
            location.m_user = value;
        } else if (key == QLatin1String("dbname")) {
            location.m_databaseName = value;
        } else {
            location.m_options.append({key, value});
        }
    }

    location.m_kind = Kind::PostgreSQL;
    return location;
}

QString StoreLocation::option(const QString &key) const
{
    for (const auto &[name, value] : m_options) {
        if (name == key)
            return value;
    }
    return {};
}

QString StoreLocation::connectOptions() const
{
    QList<std::pair<QString, QString>> all = m_options;
    // A service file's own settings win over defaults Atalaya would add, so none are added then.
    if (option(QStringLiteral("service")).isEmpty()) {
        if (option(QStringLiteral("application_name")).isEmpty())
            all.append({QStringLiteral("application_name"), QStringLiteral("atalaya")});
        if (option(QStringLiteral("connect_timeout")).isEmpty())
            all.append({QStringLiteral("connect_timeout"), QStringLiteral("10")});
        // A server that vanishes without closing the connection (a cut cable, a failover) is
        // noticed within about a minute instead of the kernel's two hours: the ingest service
        // then reconnects, a desktop says so.
        if (option(QStringLiteral("keepalives_idle")).isEmpty())
            all.append({QStringLiteral("keepalives_idle"), QStringLiteral("30")});
        if (option(QStringLiteral("keepalives_interval")).isEmpty())
            all.append({QStringLiteral("keepalives_interval"), QStringLiteral("10")});
        if (option(QStringLiteral("keepalives_count")).isEmpty())
            all.append({QStringLiteral("keepalives_count"), QStringLiteral("3")});
        // Keepalives only probe an idle connection. A statement sent into a cut network would
        // wait for the kernel's retransmissions, some fifteen minutes, with a desktop's window
        // frozen; unacknowledged data gives up after 15 s instead. A long query is not cut: the
        // server acknowledges what it received while it works.
        if (option(QStringLiteral("tcp_user_timeout")).isEmpty())
            all.append({QStringLiteral("tcp_user_timeout"), QStringLiteral("15000")});
    }
    QStringList parts;
    for (const auto &[key, value] : std::as_const(all))
        parts.append(key + QLatin1Char('=') + quotedConnValue(value));
    return parts.join(QLatin1Char(';'));
}

QString StoreLocation::description() const
{
    if (m_kind == Kind::SQLite)
        return m_filePath;
    QString url = kPostgresqlScheme;
    if (!m_user.isEmpty())
        url += m_user + QLatin1Char('@');
    if (m_host.contains(QLatin1Char(':')))
        url += QLatin1Char('[') + m_host + QLatin1Char(']');
    else if (m_host.startsWith(QLatin1Char('/')))
        url += QString::fromUtf8(QUrl::toPercentEncoding(m_host));
    else
        url += m_host;
    if (m_port > 0)
        url += QLatin1Char(':') + QString::number(m_port);
    url += QLatin1Char('/') + m_databaseName;
    if (const QString service = option(QStringLiteral("service")); !service.isEmpty())
        url += QStringLiteral("?service=") + service;
    return url;
}

QString StoreLocation::serverDescription() const
{
    const int port = m_port > 0 ? m_port : kDefaultPort;
    const QString service = option(QStringLiteral("service"));
    if (m_host.isEmpty() && !service.isEmpty())
        return tr("the server of service \"%1\"").arg(service);
    if (m_host.isEmpty())
        return tr("the local socket (port %1)").arg(port);
    if (m_host.startsWith(QLatin1Char('/')))
        return tr("the socket in %1 (port %2)").arg(m_host).arg(port);
    return tr("%1 port %2").arg(m_host).arg(port);
}

} // namespace atalaya
