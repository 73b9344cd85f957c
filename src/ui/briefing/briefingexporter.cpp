#include "briefingexporter.h"

#include "briefingwriter.h"
#include "store/database.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace atalaya {

namespace {

const QStringList kAllLayers = {u"districts"_s, u"hospitals"_s, u"sites"_s, u"alerts"_s, u"notes"_s};

QString currentUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? u"atalaya"_s : user;
}

} // namespace

BriefingExporter::BriefingExporter(QObject *parent)
    : QObject(parent)
    , m_layers(kAllLayers)
{
}

BriefingExporter::~BriefingExporter()
{
    wait();
}

void BriefingExporter::setSource(const QString &databasePath, std::function<QDateTime()> moment)
{
    m_databasePath = databasePath;
    m_moment = std::move(moment);
}

void BriefingExporter::setLayers(const QStringList &layers)
{
    if (layers == m_layers)
        return;
    m_layers = layers;
    Q_EMIT layersChanged();
}

void BriefingExporter::wait()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QUrl BriefingExporter::suggestedFile(const QString &paper) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QDateTime at = m_moment ? m_moment() : QDateTime::currentDateTimeUtc();
    const QString name = u"briefing-%1-%2.pdf"_s.arg(at.toUTC().toString(u"yyyy-MM-dd-HHmm"_s),
                                                      briefingPaperName(briefingPaperFromName(paper).value_or(BriefingPaper::A4)).toLower());
    return QUrl::fromLocalFile(QDir(folder).filePath(name));
}

void BriefingExporter::exportBriefing(const QUrl &fileUrl, const QString &paper)
{
    if (m_busy) {
        finish(false, tr("A briefing is being written already; wait for it to finish."), fileUrl);
        return;
    }
    const auto paperSize = briefingPaperFromName(paper);
    if (!paperSize) {
        finish(false, tr("The paper '%1' is not offered; choose A4 or A3.").arg(paper), fileUrl);
        return;
    }
    if (!fileUrl.isLocalFile()) {
        finish(false, tr("The briefing can only be written to a file on this computer, not to '%1'.").arg(fileUrl.toDisplayString()),
               fileUrl);
        return;
    }
    if (m_databasePath.isEmpty()) {
        finish(false, tr("The store is not open yet; try again once the dashboard has loaded."), fileUrl);
        return;
    }
    wait();

    BriefingOptions options;
    options.paper = *paperSize;
    options.at = m_moment ? m_moment() : QDateTime::currentDateTimeUtc();
    options.createdBy = currentUser();
    options.layers.districts = m_layers.contains("districts"_L1);
    options.layers.hospitals = m_layers.contains("hospitals"_L1);
    options.layers.sites = m_layers.contains("sites"_L1);
    options.layers.alerts = m_layers.contains("alerts"_L1);
    options.layers.notes = m_layers.contains("notes"_L1);
    QPointer<BriefingExporter> self(this);
    options.progress = [self](double fraction, const QString &stage) {
        QMetaObject::invokeMethod(self, [self, fraction, stage] {
            if (self)
                self->setProgress(fraction, stage);
        }, Qt::QueuedConnection);
    };

    m_busy = true;
    Q_EMIT busyChanged();
    setProgress(0, tr("Starting"));
    const QString databasePath = m_databasePath;
    const QString path = fileUrl.toLocalFile();
    m_worker = QThread::create([self, databasePath, path, options, fileUrl] {
        // QtSql connections belong to the thread that opened them: this export has its own.
        Database db;
        const Database::OpenResult opened = db.open(databasePath);
        BriefingResult result;
        if (!opened.ok())
            result.error = opened.message;
        else
            result = BriefingWriter::write(db, path, options);
        const QString message = result.ok
            ? BriefingExporter::tr("Briefing written to %1 (%n page(s)).", nullptr, result.pages).arg(QDir::toNativeSeparators(result.file))
            : BriefingExporter::tr("The briefing was not written: %1").arg(result.error);
        const bool ok = result.ok;
        QMetaObject::invokeMethod(self, [self, ok, message, fileUrl] {
            if (self)
                self->finish(ok, message, fileUrl);
        }, Qt::QueuedConnection);
    });
    m_worker->start();
}

void BriefingExporter::setProgress(double fraction, const QString &stage)
{
    m_progress = fraction;
    m_stage = stage;
    Q_EMIT progressChanged();
}

void BriefingExporter::finish(bool ok, const QString &message, const QUrl &file)
{
    if (m_busy) {
        m_busy = false;
        Q_EMIT busyChanged();
    }
    m_lastOk = ok;
    m_lastMessage = message;
    m_lastFile = file;
    Q_EMIT finished(ok, message, file);
}

} // namespace atalaya
