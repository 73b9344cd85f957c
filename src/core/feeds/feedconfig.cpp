#include "feedconfig.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace atalaya::feeds {

namespace {

const QString kVersion = u"version"_s;
const QString kFeeds = u"feeds"_s;

QString kindKey(FeedConfig::Kind kind)
{
    switch (kind) {
    case FeedConfig::Kind::Sentilo: return u"sentilo"_s;
    case FeedConfig::Kind::Ngsi: return u"ngsi"_s;
    case FeedConfig::Kind::Http: return u"http"_s;
    case FeedConfig::Kind::File: return u"file"_s;
    }
    return {};
}

QString formatKey(FieldMapping::Format format)
{
    switch (format) {
    case FieldMapping::Format::Json: return u"json"_s;
    case FieldMapping::Format::Csv: return u"csv"_s;
    case FieldMapping::Format::GeoJson: return u"geojson"_s;
    }
    return {};
}

// The text of a JSON value as it would appear in the file, for "found ..." in messages.
QString shown(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return u"\""_s + value.toString() + u"\""_s;
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 12);
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Array: return FeedsFile::tr("a list");
    case QJsonValue::Object: return FeedsFile::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return FeedsFile::tr("nothing");
}

// Reads one feed object, field by field, collecting problems that name the field. A field with
// a wrong value makes the feed unusable (we will not guess what a city meant); an unknown field
// is reported, usually a typo, and otherwise ignored.
class FeedReader
{
public:
    FeedReader(const QJsonObject &object, int number, QList<FeedConfigProblem> *problems)
        : m_object(object), m_number(number), m_problems(problems)
    {
    }

    void setId(const QString &id) { m_id = id; }
    bool failed() const { return m_failed; }

    void fail(const QString &field, const QString &message)
    {
        m_failed = true;
        m_problems->append({m_number, m_id, field, message, true});
    }
    void warn(const QString &field, const QString &message)
    {
        m_problems->append({m_number, m_id, field, message, false});
    }

    bool has(const QString &field) const { return m_object.contains(field); }
    void use(const QString &field) { m_known.insert(field); }

    QString string(const QString &field, const QString &fallback = {}, bool required = false)
    {
        use(field);
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(field, FeedsFile::tr("required, and missing"));
            return fallback;
        }
        if (!value.isString()) {
            fail(field, FeedsFile::tr("expected text, found %1").arg(shown(value)));
            return fallback;
        }
        const QString text = value.toString().trimmed();
        if (text.isEmpty() && required)
            fail(field, FeedsFile::tr("required, and empty"));
        return text;
    }

    int integer(const QString &field, int fallback, int minimum, int maximum)
    {
        use(field);
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull())
            return fallback;
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || number != std::floor(number) || number < minimum || number > maximum) {
            fail(field, FeedsFile::tr("expected a whole number from %1 to %2, found %3")
                            .arg(minimum).arg(maximum).arg(shown(value)));
            return fallback;
        }
        return int(number);
    }

    double number(const QString &field, double fallback, double minimumExclusive, double maximum)
    {
        use(field);
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull())
            return fallback;
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || !(number > minimumExclusive) || number > maximum) {
            fail(field, FeedsFile::tr("expected a number above %1 and at most %2, found %3")
                            .arg(minimumExclusive).arg(maximum).arg(shown(value)));
            return fallback;
        }
        return number;
    }

    bool boolean(const QString &field, bool fallback)
    {
        use(field);
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isBool()) {
            fail(field, FeedsFile::tr("expected true or false, found %1").arg(shown(value)));
            return fallback;
        }
        return value.toBool();
    }

    QStringList strings(const QString &field)
    {
        use(field);
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray()) {
            fail(field, FeedsFile::tr("expected a list of texts, found %1").arg(shown(value)));
            return {};
        }
        QStringList list;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString text = array.at(i).toString().trimmed();
            if (!array.at(i).isString() || text.isEmpty()) {
                fail(u"%1[%2]"_s.arg(field).arg(i), FeedsFile::tr("expected a non-empty text, found %1").arg(shown(array.at(i))));
                continue;
            }
            if (list.contains(text))
                warn(u"%1[%2]"_s.arg(field).arg(i), FeedsFile::tr("\"%1\" is listed twice").arg(text));
            else
                list.append(text);
        }
        return list;
    }

    QUrl url(const QString &field, bool required)
    {
        const QString text = string(field, {}, required);
        if (text.isEmpty())
            return {};
        const QUrl strict(text, QUrl::StrictMode);
        if (!strict.isValid() || (strict.scheme() != u"http"_s && strict.scheme() != u"https"_s) || strict.host().isEmpty()) {
            fail(field, FeedsFile::tr("expected an http:// or https:// address, found \"%1\"").arg(text));
            return {};
        }
        return strict;
    }

    QJsonObject object(const QString &field)
    {
        use(field);
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject()) {
            fail(field, FeedsFile::tr("expected an object, found %1").arg(shown(value)));
            return {};
        }
        return value.toObject();
    }

    void reportUnknown(const QString &prefix = {})
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_known.contains(it.key()))
                warn(prefix + it.key(), FeedsFile::tr("not a field of this kind of feed; ignored"));
        }
    }

private:
    QJsonObject m_object;
    int m_number;
    QString m_id;
    QList<FeedConfigProblem> *m_problems;
    QSet<QString> m_known;
    bool m_failed = false;
};

// Reads the mapping object of an http or file feed into config (mapping fields are prefixed
// "mapping." in problems, so the message points at the exact place in the file).
void readMapping(FeedReader &feed, const QJsonObject &object, int number, const QString &id,
                 QList<FeedConfigProblem> *problems, bool allowAuto, FeedConfig *config)
{
    FeedReader mapping(object, number, problems);
    mapping.setId(id);
    const qsizetype before = problems->size();
    FieldMapping &m = config->mapping;
    const QString format = mapping.string(u"format"_s, allowAuto ? u"auto"_s : u"json"_s).toLower();
    if (format == u"json"_s)
        m.format = FieldMapping::Format::Json;
    else if (format == u"csv"_s)
        m.format = FieldMapping::Format::Csv;
    else if (format == u"geojson"_s)
        m.format = FieldMapping::Format::GeoJson;
    else if (format == u"auto"_s && allowAuto)
        config->formatFromExtension = true;
    else
        mapping.fail(u"format"_s, allowAuto ? FeedsFile::tr("expected json, csv, geojson or auto, found \"%1\"").arg(format)
                                             : FeedsFile::tr("expected json, csv or geojson, found \"%1\"").arg(format));
    m.recordsPath = mapping.string(u"recordsPath"_s);
    m.sensorField = mapping.string(u"sensorField"_s, {}, true);
    m.valueField = mapping.string(u"valueField"_s, {}, true);
    m.timeField = mapping.string(u"timeField"_s);
    m.timeFormat = mapping.string(u"timeFormat"_s, m.timeFormat); // empty: ISO 8601
    m.latField = mapping.string(u"latField"_s);
    m.lonField = mapping.string(u"lonField"_s);
    if (m.latField.isEmpty() != m.lonField.isEmpty())
        mapping.fail(m.latField.isEmpty() ? u"latField"_s : u"lonField"_s,
                     FeedsFile::tr("latField and lonField go together; give both or neither"));
    m.typeField = mapping.string(u"typeField"_s);
    m.unitField = mapping.string(u"unitField"_s);
    m.defaultType = mapping.string(u"defaultType"_s, m.defaultType);
    m.defaultUnit = mapping.string(u"defaultUnit"_s);
    mapping.reportUnknown();
    for (qsizetype i = before; i < problems->size(); ++i)
        (*problems)[i].field.prepend(u"mapping."_s);
    if (mapping.failed())
        feed.fail(u"mapping"_s, FeedsFile::tr("the mapping is not usable (see the problems above)"));
}

std::optional<FeedConfig> readFeed(const QJsonValue &value, int number, QSet<QString> *ids,
                                   QList<FeedConfigProblem> *problems)
{
    if (!value.isObject()) {
        problems->append({number, {}, {}, FeedsFile::tr("expected a feed object, found %1").arg(shown(value)), true});
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    FeedReader feed(object, number, problems);
    FeedConfig config;

    // The id first, so every later problem can name the feed by it.
    static const QRegularExpression idPattern(u"^[A-Za-z0-9][A-Za-z0-9_.-]*$"_s);
    config.id = feed.string(u"id"_s, {}, true);
    if (!config.id.isEmpty()) {
        if (!idPattern.match(config.id).hasMatch()) {
            feed.fail(u"id"_s, FeedsFile::tr("\"%1\" is not usable: use letters, digits, '-', '_' and '.', starting with a letter or digit")
                                   .arg(config.id));
        } else if (ids->contains(config.id)) {
            feed.setId(config.id);
            feed.fail(u"id"_s, FeedsFile::tr("\"%1\" is already the id of an earlier feed").arg(config.id));
        } else {
            feed.setId(config.id);
            ids->insert(config.id);
        }
    }
    config.name = feed.string(u"name"_s, config.id);
    if (config.name.isEmpty())
        config.name = config.id;

    const QString kind = feed.string(u"kind"_s, {}, true).toLower();
    if (kind == u"sentilo"_s)
        config.kind = FeedConfig::Kind::Sentilo;
    else if (kind == u"ngsi"_s || kind == u"fiware"_s)
        config.kind = FeedConfig::Kind::Ngsi;
    else if (kind == u"http"_s)
        config.kind = FeedConfig::Kind::Http;
    else if (kind == u"file"_s)
        config.kind = FeedConfig::Kind::File;
    else if (!kind.isEmpty()) {
        feed.fail(u"kind"_s, FeedsFile::tr("expected sentilo, ngsi, http or file, found \"%1\"").arg(kind));
        return std::nullopt; // the other fields depend on the kind; their problems would only be noise
    }
    if (kind.isEmpty())
        return std::nullopt;

    config.cadenceSeconds = feed.integer(u"cadenceSeconds"_s, config.cadenceSeconds, 1, 7 * 86400);
    config.timeoutSeconds = feed.number(u"timeoutSeconds"_s, config.timeoutSeconds, 0.0, 3600.0);
    config.staleAfterSeconds = feed.integer(u"staleAfterSeconds"_s, 0, 1, 30 * 86400);
    config.paused = feed.boolean(u"paused"_s, false);

    const QJsonObject retry = feed.object(u"retry"_s);
    if (!retry.isEmpty()) {
        FeedReader r(retry, number, problems);
        r.setId(config.id);
        const qsizetype before = problems->size();
        config.retry.baseMs = r.integer(u"baseMs"_s, config.retry.baseMs, 1, 3600 * 1000);
        config.retry.capSeconds = r.integer(u"capSeconds"_s, config.retry.capSeconds, 1, 86400);
        config.retry.maxRetries = r.integer(u"maxRetries"_s, config.retry.maxRetries, 0, 1000);
        r.reportUnknown();
        for (qsizetype i = before; i < problems->size(); ++i)
            (*problems)[i].field.prepend(u"retry."_s);
        if (r.failed())
            feed.fail(u"retry"_s, FeedsFile::tr("the retry policy is not usable (see the problems above)"));
    }

    switch (config.kind) {
    case FeedConfig::Kind::Sentilo:
        config.url = feed.url(u"url"_s, true);
        config.provider = feed.string(u"provider"_s, {}, true);
        config.identityKey = feed.string(u"identityKey"_s);
        config.identityKeyEnv = feed.string(u"identityKeyEnv"_s);
        if (!config.identityKey.isEmpty() && !config.identityKeyEnv.isEmpty())
            feed.fail(u"identityKeyEnv"_s, FeedsFile::tr("give identityKey or identityKeyEnv, not both"));
        config.sensors = feed.strings(u"sensors"_s);
        config.limit = feed.integer(u"limit"_s, config.limit, 1, 100000);
        config.catchUpSeconds = feed.integer(u"catchUpSeconds"_s, config.catchUpSeconds, 0, 366 * 86400);
        config.catalogRefreshSeconds = feed.integer(u"catalogRefreshSeconds"_s, config.catalogRefreshSeconds, 0, 30 * 86400);
        break;
    case FeedConfig::Kind::Ngsi: {
        config.url = feed.url(u"url"_s, true);
        config.fiwareService = feed.string(u"fiwareService"_s);
        config.fiwareServicePath = feed.string(u"fiwareServicePath"_s);
        if (!config.fiwareServicePath.isEmpty() && !config.fiwareServicePath.startsWith(u'/'))
            feed.fail(u"fiwareServicePath"_s, FeedsFile::tr("must start with '/', found \"%1\"").arg(config.fiwareServicePath));
        config.types = feed.strings(u"types"_s);
        const QString representation = feed.string(u"representation"_s, u"keyValues"_s);
        if (representation.compare(u"keyValues"_s, Qt::CaseInsensitive) == 0)
            config.ngsiFormat = FeedConfig::NgsiFormat::KeyValues;
        else if (representation.compare(u"normalized"_s, Qt::CaseInsensitive) == 0)
            config.ngsiFormat = FeedConfig::NgsiFormat::Normalized;
        else
            feed.fail(u"representation"_s, FeedsFile::tr("expected keyValues or normalized, found \"%1\"").arg(representation));
        // Orion answers at most 1000 entities per page.
        config.limit = feed.integer(u"limit"_s, config.limit, 1, 1000);
        config.poll = feed.boolean(u"poll"_s, true);
        config.notificationPort = feed.integer(u"notificationPort"_s, -1, 0, 65535);
        config.notificationAddress = feed.string(u"notificationAddress"_s, config.notificationAddress);
        if (feed.has(u"notificationAddress"_s) && QHostAddress(config.notificationAddress).isNull())
            feed.fail(u"notificationAddress"_s, FeedsFile::tr("expected an IP address such as 127.0.0.1, found \"%1\"")
                                                    .arg(config.notificationAddress));
        config.notificationUrl = feed.url(u"notificationUrl"_s, false);
        config.subscribe = feed.boolean(u"subscribe"_s, true);
        if (!config.poll && config.notificationPort < 0)
            feed.fail(u"poll"_s, FeedsFile::tr("a feed that does not poll needs a notificationPort to receive anything"));
        break;
    }
    case FeedConfig::Kind::Http: {
        config.url = feed.url(u"url"_s, true);
        const QJsonObject headers = feed.object(u"headers"_s);
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (!it.value().isString())
                feed.fail(u"headers."_s + it.key(), FeedsFile::tr("expected text, found %1").arg(shown(it.value())));
            else
                config.headers.insert(it.key(), it.value().toString());
        }
        if (!feed.has(u"mapping"_s))
            feed.fail(u"mapping"_s, FeedsFile::tr("required, and missing: an http feed needs at least sensorField and valueField"));
        else
            readMapping(feed, feed.object(u"mapping"_s), number, config.id, problems, false, &config);
        break;
    }
    case FeedConfig::Kind::File:
        config.path = feed.string(u"path"_s, {}, true);
        config.pattern = feed.string(u"pattern"_s);
        if (!feed.has(u"mapping"_s))
            feed.fail(u"mapping"_s, FeedsFile::tr("required, and missing: a file feed needs at least sensorField and valueField"));
        else
            readMapping(feed, feed.object(u"mapping"_s), number, config.id, problems, true, &config);
        break;
    }
    feed.use(u"id"_s);
    feed.reportUnknown();
    // A skipped feed keeps its id taken: a later feed with the same id would be as ambiguous.
    if (feed.failed())
        return std::nullopt;
    return config;
}

QJsonObject mappingToJson(const FeedConfig &config)
{
    const FieldMapping &m = config.mapping;
    const FieldMapping defaults;
    QJsonObject o;
    o.insert(u"format"_s, config.formatFromExtension ? u"auto"_s : formatKey(m.format));
    if (!m.recordsPath.isEmpty()) o.insert(u"recordsPath"_s, m.recordsPath);
    o.insert(u"sensorField"_s, m.sensorField);
    o.insert(u"valueField"_s, m.valueField);
    if (!m.timeField.isEmpty()) o.insert(u"timeField"_s, m.timeField);
    if (!m.timeFormat.isEmpty()) o.insert(u"timeFormat"_s, m.timeFormat);
    if (!m.latField.isEmpty()) o.insert(u"latField"_s, m.latField);
    if (!m.lonField.isEmpty()) o.insert(u"lonField"_s, m.lonField);
    if (!m.typeField.isEmpty()) o.insert(u"typeField"_s, m.typeField);
    if (!m.unitField.isEmpty()) o.insert(u"unitField"_s, m.unitField);
    if (m.defaultType != defaults.defaultType) o.insert(u"defaultType"_s, m.defaultType);
    if (!m.defaultUnit.isEmpty()) o.insert(u"defaultUnit"_s, m.defaultUnit);
    return o;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QString FeedConfig::resolvedIdentityKey() const
{
    if (!identityKeyEnv.isEmpty())
        return qEnvironmentVariable(identityKeyEnv.toLocal8Bit().constData());
    return identityKey;
}

QString FeedConfig::storeProvider() const
{
    switch (kind) {
    case Kind::Sentilo: return provider;
    case Kind::Ngsi: return fiwareService.isEmpty() ? u"fiware"_s : fiwareService;
    case Kind::Http:
    case Kind::File: return id;
    }
    return id;
}

QString FeedConfig::kindName(Kind kind)
{
    return kindKey(kind);
}

bool operator==(const FeedConfig &a, const FeedConfig &b)
{
    const FieldMapping &m = a.mapping, &n = b.mapping;
    const bool sameMapping = m.format == n.format && m.recordsPath == n.recordsPath && m.sensorField == n.sensorField
        && m.valueField == n.valueField && m.timeField == n.timeField && m.timeFormat == n.timeFormat
        && m.latField == n.latField && m.lonField == n.lonField && m.typeField == n.typeField
        && m.unitField == n.unitField && m.defaultType == n.defaultType && m.defaultUnit == n.defaultUnit;
    return sameMapping && a.id == b.id && a.name == b.name && a.kind == b.kind && a.url == b.url && a.path == b.path
        && a.cadenceSeconds == b.cadenceSeconds && a.timeoutSeconds == b.timeoutSeconds
        && a.staleAfterSeconds == b.staleAfterSeconds && a.paused == b.paused && a.retry == b.retry
        && a.provider == b.provider && a.identityKey == b.identityKey && a.identityKeyEnv == b.identityKeyEnv
        && a.sensors == b.sensors && a.limit == b.limit && a.catchUpSeconds == b.catchUpSeconds
        && a.catalogRefreshSeconds == b.catalogRefreshSeconds && a.fiwareService == b.fiwareService
        && a.fiwareServicePath == b.fiwareServicePath && a.types == b.types && a.ngsiFormat == b.ngsiFormat
        && a.poll == b.poll && a.notificationPort == b.notificationPort
        && a.notificationAddress == b.notificationAddress && a.notificationUrl == b.notificationUrl
        && a.subscribe == b.subscribe && a.formatFromExtension == b.formatFromExtension && a.headers == b.headers
        && a.pattern == b.pattern;
}

QString FeedConfigProblem::toText() const
{
    QString where;
    if (feedNumber == 0)
        where = FeedsFile::tr("feeds file");
    else if (feedId.isEmpty())
        where = FeedsFile::tr("feed %1").arg(feedNumber);
    else
        where = FeedsFile::tr("feed %1 (\"%2\")").arg(feedNumber).arg(feedId);
    if (!field.isEmpty())
        where = FeedsFile::tr("%1, field %2").arg(where, field);
    return skipped ? FeedsFile::tr("%1: %2; the feed is skipped").arg(where, message)
                   : FeedsFile::tr("%1: %2").arg(where, message);
}

FeedsFile parseFeeds(const QByteArray &json)
{
    FeedsFile file;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Say where it broke as a line and column: that is what an editor shows.
        const qsizetype offset = std::min<qsizetype>(error.offset, json.size());
        const QByteArray before = json.left(offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
        file.error = FeedsFile::tr("not JSON: %1 at line %2, column %3").arg(error.errorString()).arg(line).arg(column);
        return file;
    }
    QJsonArray feeds;
    if (document.isArray()) {
        feeds = document.array();
    } else if (document.isObject()) {
        const QJsonObject root = document.object();
        const QJsonValue version = root.value(kVersion);
        if (!version.isUndefined() && version.toInt(-1) != 1) {
            file.error = FeedsFile::tr("version %1 is not a feeds file version this Atalaya reads (it reads version 1)")
                             .arg(shown(version));
            return file;
        }
        if (!root.value(kFeeds).isArray()) {
            file.error = FeedsFile::tr("expected an object with a \"feeds\" list, found no such list");
            return file;
        }
        feeds = root.value(kFeeds).toArray();
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (it.key() != kVersion && it.key() != kFeeds)
                file.problems.append({0, {}, it.key(), FeedsFile::tr("not a field of the feeds file; ignored"), false});
        }
    } else {
        file.error = FeedsFile::tr("expected an object with a \"feeds\" list");
        return file;
    }

    QSet<QString> ids;
    for (qsizetype i = 0; i < feeds.size(); ++i) {
        if (std::optional<FeedConfig> feed = readFeed(feeds.at(i), int(i + 1), &ids, &file.problems))
            file.feeds.append(*feed);
    }
    return file;
}

FeedsFile loadFeedsFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        FeedsFile result;
        result.error = FeedsFile::tr("cannot read the feeds file %1: %2").arg(path, file.errorString());
        return result;
    }
    FeedsFile result = parseFeeds(file.readAll());
    if (!result.ok())
        result.error = FeedsFile::tr("the feeds file %1 is %2").arg(path, result.error);
    return result;
}

QByteArray feedsToJson(const QList<FeedConfig> &feeds)
{
    const FeedConfig defaults;
    QJsonArray array;
    for (const FeedConfig &c : feeds) {
        QJsonObject o;
        o.insert(u"id"_s, c.id);
        if (c.name != c.id) o.insert(u"name"_s, c.name);
        o.insert(u"kind"_s, kindKey(c.kind));
        if (c.kind == FeedConfig::Kind::File)
            o.insert(u"path"_s, c.path);
        else
            o.insert(u"url"_s, c.url.toString());
        o.insert(u"cadenceSeconds"_s, c.cadenceSeconds);
        if (c.timeoutSeconds != defaults.timeoutSeconds) o.insert(u"timeoutSeconds"_s, c.timeoutSeconds);
        if (c.staleAfterSeconds > 0) o.insert(u"staleAfterSeconds"_s, c.staleAfterSeconds);
        if (c.paused) o.insert(u"paused"_s, true);
        if (c.retry != defaults.retry) {
            o.insert(u"retry"_s, QJsonObject{{u"baseMs"_s, c.retry.baseMs},
                                             {u"capSeconds"_s, c.retry.capSeconds},
                                             {u"maxRetries"_s, c.retry.maxRetries}});
        }
        switch (c.kind) {
        case FeedConfig::Kind::Sentilo:
            o.insert(u"provider"_s, c.provider);
            if (!c.identityKey.isEmpty()) o.insert(u"identityKey"_s, c.identityKey);
            if (!c.identityKeyEnv.isEmpty()) o.insert(u"identityKeyEnv"_s, c.identityKeyEnv);
            if (!c.sensors.isEmpty()) o.insert(u"sensors"_s, toArray(c.sensors));
            if (c.limit != defaults.limit) o.insert(u"limit"_s, c.limit);
            if (c.catchUpSeconds != defaults.catchUpSeconds) o.insert(u"catchUpSeconds"_s, c.catchUpSeconds);
            if (c.catalogRefreshSeconds != defaults.catalogRefreshSeconds)
                o.insert(u"catalogRefreshSeconds"_s, c.catalogRefreshSeconds);
            break;
        case FeedConfig::Kind::Ngsi:
            if (!c.fiwareService.isEmpty()) o.insert(u"fiwareService"_s, c.fiwareService);
            if (!c.fiwareServicePath.isEmpty()) o.insert(u"fiwareServicePath"_s, c.fiwareServicePath);
            if (!c.types.isEmpty()) o.insert(u"types"_s, toArray(c.types));
            o.insert(u"representation"_s, c.ngsiFormat == FeedConfig::NgsiFormat::KeyValues ? u"keyValues"_s : u"normalized"_s);
            if (c.limit != defaults.limit) o.insert(u"limit"_s, c.limit);
            if (!c.poll) o.insert(u"poll"_s, false);
            if (c.notificationPort >= 0) {
                o.insert(u"notificationPort"_s, c.notificationPort);
                if (c.notificationAddress != defaults.notificationAddress)
                    o.insert(u"notificationAddress"_s, c.notificationAddress);
                if (!c.notificationUrl.isEmpty()) o.insert(u"notificationUrl"_s, c.notificationUrl.toString());
                if (!c.subscribe) o.insert(u"subscribe"_s, false);
            }
            break;
        case FeedConfig::Kind::Http: {
            QJsonObject headers;
            for (auto it = c.headers.begin(); it != c.headers.end(); ++it)
                headers.insert(it.key(), it.value());
            if (!headers.isEmpty()) o.insert(u"headers"_s, headers);
            o.insert(u"mapping"_s, mappingToJson(c));
            break;
        }
        case FeedConfig::Kind::File:
            if (!c.pattern.isEmpty()) o.insert(u"pattern"_s, c.pattern);
            o.insert(u"mapping"_s, mappingToJson(c));
            break;
        }
        array.append(o);
    }
    return QJsonDocument(QJsonObject{{kVersion, 1}, {kFeeds, array}}).toJson(QJsonDocument::Indented);
}

QString saveFeedsFile(const QString &path, const QList<FeedConfig> &feeds)
{
    // QSaveFile: a crash or a full disk mid-write leaves the previous file whole.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return FeedsFile::tr("cannot write the feeds file %1: %2").arg(path, file.errorString());
    const QByteArray json = feedsToJson(feeds);
    if (file.write(json) != json.size() || !file.commit())
        return FeedsFile::tr("cannot write the feeds file %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace atalaya::feeds
