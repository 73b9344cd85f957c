#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtQmlIntegration/qqmlintegration.h>

#include <functional>

class QThread;

namespace atalaya {

/** The briefing PDF for QML (Dashboard.briefing): writes it off the UI thread through its own
 *  store connection, at the time cursor's moment, and says how it went:
 *      Dashboard.briefing.exportBriefing(fileUrl, "A4")   // or "A3"
 *      onFinished: (ok, message, file) => ...              // message: "Briefing written to ..." or the error
 *  busy/progress/stage drive a progress indicator; layers chooses the map's layers. */
class BriefingExporter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("BriefingExporter is provided by Dashboard.briefing")
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString stage READ stage NOTIFY progressChanged)
    /** The last outcome in words ("Briefing written to /home/.../briefing.pdf (5 pages)." or the
     *  error); empty before the first export. */
    Q_PROPERTY(QString lastMessage READ lastMessage NOTIFY finished)
    Q_PROPERTY(bool lastOk READ lastOk NOTIFY finished)
    Q_PROPERTY(QUrl lastFile READ lastFile NOTIFY finished)
    /** The map's layers: any of "districts", "hospitals", "sites", "alerts", "notes" (all by default). */
    Q_PROPERTY(QStringList layers READ layers WRITE setLayers NOTIFY layersChanged)

public:
    explicit BriefingExporter(QObject *parent = nullptr);
    ~BriefingExporter() override;

    /** Where the store is and which moment the time cursor shows, read when an export starts. */
    void setSource(const QString &databasePath, std::function<QDateTime()> moment);

    bool isBusy() const { return m_busy; }
    double progress() const { return m_progress; }
    QString stage() const { return m_stage; }
    QString lastMessage() const { return m_lastMessage; }
    bool lastOk() const { return m_lastOk; }
    QUrl lastFile() const { return m_lastFile; }
    QStringList layers() const { return m_layers; }
    void setLayers(const QStringList &layers);

    /** Starts writing the briefing to fileUrl (a local file URL) on paper "A4" or "A3"; returns
     *  at once. finished() follows, also for a refusal (busy, bad paper, not a local file). */
    Q_INVOKABLE void exportBriefing(const QUrl &fileUrl, const QString &paper);
    /** A file name for a save dialog: "briefing-<city moment>-<paper>.pdf" in the Documents folder. */
    Q_INVOKABLE QUrl suggestedFile(const QString &paper) const;
    /** Waits for a running export (tests, shutdown). */
    void wait();

Q_SIGNALS:
    void busyChanged();
    void progressChanged();
    void layersChanged();
    void finished(bool ok, const QString &message, const QUrl &file);

private:
    void setProgress(double fraction, const QString &stage);
    void finish(bool ok, const QString &message, const QUrl &file);

    QString m_databasePath;
    std::function<QDateTime()> m_moment;
    QPointer<QThread> m_worker;
    QStringList m_layers;
    QString m_stage;
    QString m_lastMessage;
    QUrl m_lastFile;
    double m_progress = 0;
    bool m_busy = false;
    bool m_lastOk = false;
};

} // namespace atalaya
