#include "feedspanel.h"

#include "feeds/feedengine.h"
#include "logging.h"
#include "store/database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace atalaya {

using feeds::FeedConfig;
using feeds::FeedEngine;
using feeds::FeedStatus;

/** Lives in the feeds thread: owns that thread's store connection and the engine, both made and
 *  destroyed there (QtSql connections and the engine's timers belong to one thread). */
class FeedWorker : public QObject
{
    Q_OBJECT
public:
    std::unique_ptr<Database> db;
    std::unique_ptr<FeedEngine> engine;

    /** Opens the store and starts the engine on feeds; returns what went wrong, or "". */
    QString open(const QString &databasePath, const QList<FeedConfig> &feeds, FeedsPanel *panel)
    {
        db = std::make_unique<Database>();
        const Database::OpenResult opened = db->open(databasePath);
        if (!opened.ok()) {
            db.reset();
            return opened.message;
        }
        engine = std::make_unique<FeedEngine>(*db);
        // Queued: the panel lives in the UI thread.
        connect(engine.get(), &FeedEngine::feedStatusChanged, panel,
                [panel](const FeedStatus &status) { panel->model()->updateStatus(status); });
        connect(engine.get(), &FeedEngine::readingsStored, panel,
                [panel](const QList<qint64> &, qint64 latest, qint64 earliest) {
                    Q_EMIT panel->readingsStored(latest, earliest);
                });
        engine->setFeeds(feeds);
        return {};
    }

    void close()
    {
        // The engine's destructor stops its connectors and writes what is buffered.
        engine.reset();
        db.reset();
    }
};

FeedsPanel::FeedsPanel(QObject *parent)
    : QObject(parent)
    , m_model(new FeedsModel(this))
{
    connect(m_model, &FeedsModel::statesChanged, this, &FeedsPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FeedsPanel::updateSummary);
}

FeedsPanel::~FeedsPanel()
{
    stop();
}

QString FeedsPanel::defaultFilePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(u"feeds.json"_s);
}

void FeedsPanel::setFilePath(const QString &path)
{
    m_filePath = path;
    if (path.isEmpty()) {
        applyFile({});
        return;
    }
    applyFile(feeds::loadFeedsFile(path));
}

void FeedsPanel::reload()
{
    setFilePath(m_filePath);
}

void FeedsPanel::applyFile(const feeds::FeedsFile &file)
{
    m_feeds = file.feeds;
    m_fileError = file.error;
    m_problems.clear();
    m_skipped = 0;
    for (const feeds::FeedConfigProblem &problem : file.problems) {
        m_problems.append(problem.toText());
        if (problem.skipped)
            ++m_skipped;
    }
    if (!file.ok())
        qCWarning(lcFeeds).noquote() << "feeds file" << m_filePath << "not used:" << file.error;
    for (const QString &problem : std::as_const(m_problems))
        qCWarning(lcFeeds).noquote() << "feeds file" << m_filePath << problem;
    m_model->setFeeds(m_feeds);
    Q_EMIT fileChanged();
    sendFeedsToEngine();
    updateSummary();
}

void FeedsPanel::start(const QString &databasePath)
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(u"Feeds"_s);
    m_worker = new FeedWorker;
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QPointer<FeedsPanel> self(this);
    FeedWorker *worker = m_worker;
    const QList<FeedConfig> feeds = m_feeds;
    QMetaObject::invokeMethod(worker, [worker, databasePath, feeds, self, panel = this] {
        const QString error = worker->open(databasePath, feeds, panel);
        if (error.isEmpty())
            return;
        QMetaObject::invokeMethod(panel, [self, error] {
            if (!self)
                return;
            qCWarning(lcFeeds).noquote() << "feeds not started:" << error;
            self->m_problems.append(tr("The feeds could not open the store: %1").arg(error));
            Q_EMIT self->fileChanged();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    Q_EMIT runningChanged();
}

void FeedsPanel::stop()
{
    if (!m_thread)
        return;
    FeedWorker *worker = m_worker;
    // Blocking: the engine flushes its buffer before the app (or the test) goes on.
    QMetaObject::invokeMethod(worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
    delete m_thread;
    Q_EMIT runningChanged();
}

void FeedsPanel::onEngine(std::function<void(FeedEngine &)> fn)
{
    if (!m_worker)
        return;
    FeedWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, fn = std::move(fn)] {
        if (worker->engine)
            fn(*worker->engine);
    }, Qt::QueuedConnection);
}

void FeedsPanel::sendFeedsToEngine()
{
    const QList<FeedConfig> feeds = m_feeds;
    onEngine([feeds](FeedEngine &engine) { engine.setFeeds(feeds); });
}

void FeedsPanel::pause(const QString &id)
{
    onEngine([id](FeedEngine &engine) { engine.pause(id); });
}

void FeedsPanel::resume(const QString &id)
{
    onEngine([id](FeedEngine &engine) { engine.resume(id); });
}

void FeedsPanel::pollNow(const QString &id)
{
    onEngine([id](FeedEngine &engine) { engine.pollNow(id); });
}

void FeedsPanel::updateSummary()
{
    int live = 0, stale = 0, failing = 0, paused = 0, starting = 0;
    qint64 staleSince = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const FeedStatus &s = m_model->statusAt(row);
        switch (s.state) {
        case FeedStatus::State::Live: ++live; break;
        case FeedStatus::State::Failing: ++failing; break;
        case FeedStatus::State::Paused: ++paused; break;
        case FeedStatus::State::Starting: ++starting; break;
        case FeedStatus::State::Stale:
            ++stale;
            // The longest-quiet feed says how old the freshest data may be.
            if (s.lastReadingAt > 0 && (staleSince == 0 || s.lastReadingAt < staleSince))
                staleSince = s.lastReadingAt;
            break;
        }
    }
    QStringList parts;
    if (live > 0)
        parts << tr("%n live", nullptr, live);
    if (stale > 0)
        parts << (staleSince > 0 ? tr("%n stale since %1", nullptr, stale).arg(FeedsModel::clockText(staleSince))
                                 : tr("%n stale", nullptr, stale));
    if (failing > 0)
        parts << tr("%n failing", nullptr, failing);
    if (paused > 0)
        parts << tr("%n paused", nullptr, paused);
    if (starting > 0)
        parts << tr("%n starting", nullptr, starting);
    const QString summary = parts.isEmpty() ? QString() : tr("Feeds: %1").arg(parts.join(u", "_s));
    const QString level = failing > 0 ? u"red"_s
        : stale > 0                   ? u"amber"_s
        : live > 0 && starting == 0   ? u"ok"_s
        : parts.isEmpty()             ? QString()
                                      : u"nodata"_s;
    if (summary == m_summary && level == m_summaryLevel)
        return;
    m_summary = summary;
    m_summaryLevel = level;
    Q_EMIT summaryChanged();
}

// --- the edit form ---------------------------------------------------------------------------

namespace {

// Form fields that hold lists, typed as "a, b, c".
const QStringList kListFields = {u"sensors"_s, u"types"_s};
// Form fields that are numbers in the file; a text that is not one is passed on as text, so
// the file's own check words the complaint.
const QStringList kNumberFields = {u"cadenceSeconds"_s, u"timeoutSeconds"_s};
const QStringList kMappingFields = {u"format"_s, u"sensorField"_s, u"valueField"_s, u"timeField"_s, u"timeFormat"_s};

QStringList fieldsOfKind(const QString &kind)
{
    QStringList fields{u"id"_s, u"name"_s, u"kind"_s, u"cadenceSeconds"_s, u"timeoutSeconds"_s};
    if (kind == u"sentilo"_s)
        fields << u"url"_s << u"provider"_s << u"identityKey"_s << u"identityKeyEnv"_s << u"sensors"_s;
    else if (kind == u"ngsi"_s)
        fields << u"url"_s << u"fiwareService"_s << u"fiwareServicePath"_s << u"types"_s;
    else if (kind == u"http"_s)
        fields << u"url"_s << kMappingFields;
    else if (kind == u"file"_s)
        fields << u"path"_s << kMappingFields;
    return fields;
}

QJsonObject feedObject(const FeedConfig &config)
{
    const QJsonObject file = QJsonDocument::fromJson(feeds::feedsToJson({config})).object();
    return file.value(u"feeds"_s).toArray().at(0).toObject();
}

QJsonValue formValue(const QString &field, const QString &text)
{
    if (kListFields.contains(field)) {
        QJsonArray list;
        for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty())
                list.append(item.trimmed());
        }
        return list;
    }
    if (kNumberFields.contains(field)) {
        bool ok = false;
        const double number = QLocale().toDouble(text, &ok);
        if (ok)
            return number;
        const double c = text.toDouble(&ok);
        if (ok)
            return c;
    }
    return text;
}

} // namespace

QVariantMap FeedsPanel::form(const QString &id) const
{
    FeedConfig config;
    for (const FeedConfig &feed : m_feeds) {
        if (feed.id == id)
            config = feed;
    }
    const QJsonObject object = id.isEmpty() ? QJsonObject() : feedObject(config);
    const QJsonObject mapping = object.value(u"mapping"_s).toObject();
    QVariantMap form;
    form.insert(u"kind"_s, FeedConfig::kindName(config.kind));
    form.insert(u"cadenceSeconds"_s, QString::number(config.cadenceSeconds));
    form.insert(u"timeoutSeconds"_s, QLocale().toString(config.timeoutSeconds, 'g', 6));
    for (const QString &kind : {u"sentilo"_s, u"ngsi"_s, u"http"_s, u"file"_s}) {
        for (const QString &field : fieldsOfKind(kind)) {
            if (form.contains(field))
                continue;
            const QJsonValue value = kMappingFields.contains(field) ? mapping.value(field) : object.value(field);
            if (value.isArray()) {
                QStringList items;
                for (const QJsonValue &item : value.toArray())
                    items << item.toString();
                form.insert(field, items.join(u", "_s));
            } else {
                form.insert(field, value.isDouble() ? QString::number(value.toDouble()) : value.toString());
            }
        }
    }
    if (id.isEmpty())
        form.insert(u"format"_s, u"json"_s);
    return form;
}

QVariantMap FeedsPanel::saveFeed(const QString &originalId, const QVariantMap &form)
{
    const QString kind = form.value(u"kind"_s).toString();
    const FeedConfig *original = nullptr;
    int originalIndex = -1;
    for (int i = 0; i < m_feeds.size(); ++i) {
        if (m_feeds.at(i).id == originalId) {
            original = &m_feeds.at(i);
            originalIndex = i;
        }
    }
    if (!originalId.isEmpty() && !original)
        return {{QString(), tr("The feed \"%1\" is no longer in the feeds file.").arg(originalId)}};

    // The feed as the file holds it, with the form's fields laid over: what the form does not
    // show (retry policy, headers, limits) is kept, and a change of kind starts afresh.
    QJsonObject object = original && FeedConfig::kindName(original->kind) == kind ? feedObject(*original) : QJsonObject();
    QJsonObject mapping = object.value(u"mapping"_s).toObject();
    const QStringList fields = fieldsOfKind(kind);
    for (const QString &field : fields) {
        const QString text = form.value(field).toString().trimmed();
        QJsonObject &target = kMappingFields.contains(field) ? mapping : object;
        if (text.isEmpty())
            target.remove(field);
        else
            target.insert(field, formValue(field, text));
    }
    if (kind == u"http"_s || kind == u"file"_s)
        object.insert(u"mapping"_s, mapping);
    else
        object.remove(u"mapping"_s);
    if (!fields.contains(u"url"_s))
        object.remove(u"url"_s);
    if (!fields.contains(u"path"_s))
        object.remove(u"path"_s);

    const QByteArray json = QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"feeds"_s, QJsonArray{object}}}).toJson();
    const feeds::FeedsFile parsed = feeds::parseFeeds(json);
    QVariantMap errors;
    for (const feeds::FeedConfigProblem &problem : parsed.problems) {
        QString field = problem.field;
        if (field.startsWith(u"mapping."_s))
            field = field.mid(8);
        if (!fields.contains(field))
            field.clear(); // about something the form does not show: said for the form as a whole
        const QString previous = errors.value(field).toString();
        errors.insert(field, previous.isEmpty() ? problem.message : previous + u"; "_s + problem.message);
    }
    if (!parsed.ok())
        errors.insert(QString(), parsed.error);
    if (errors.isEmpty() && parsed.feeds.size() != 1)
        errors.insert(QString(), tr("The feed could not be read back."));
    if (!errors.isEmpty())
        return errors;

    FeedConfig feed = parsed.feeds.constFirst();
    for (int i = 0; i < m_feeds.size(); ++i) {
        if (i != originalIndex && m_feeds.at(i).id == feed.id)
            return {{u"id"_s, tr("\"%1\" is already the id of another feed").arg(feed.id)}};
    }
    QList<FeedConfig> updated = m_feeds;
    if (originalIndex >= 0)
        updated[originalIndex] = feed;
    else
        updated.append(feed);
    const QString error = writeFeeds(updated);
    if (!error.isEmpty())
        return {{QString(), error}};
    return {};
}

QString FeedsPanel::removeFeed(const QString &id)
{
    QList<FeedConfig> updated = m_feeds;
    const auto removed = updated.removeIf([&](const FeedConfig &feed) { return feed.id == id; });
    if (removed == 0)
        return tr("The feed \"%1\" is no longer in the feeds file.").arg(id);
    return writeFeeds(updated);
}

QString FeedsPanel::writeFeeds(const QList<FeedConfig> &feeds)
{
    QString path = m_filePath;
    if (path.isEmpty()) {
        path = defaultFilePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    const QString error = feeds::saveFeedsFile(path, feeds);
    if (!error.isEmpty()) {
        qCWarning(lcFeeds).noquote() << "feeds file not written:" << error;
        return error;
    }
    qCInfo(lcFeeds).noquote() << "feeds file written:" << path << feeds.size() << "feeds";
    // Read back what was written: the page then shows exactly what the file says.
    setFilePath(path);
    Q_EMIT fileSaved(path);
    return {};
}

} // namespace atalaya

#include "feedspanel.moc"
