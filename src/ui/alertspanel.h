#pragma once

#include "alerteventsmodel.h"
#include "alertlistmodel.h"
#include "alertrulesmodel.h"
#include "alerts/alertrule.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration/qqmlintegration.h>

#include <memory>

namespace atalaya {

class Database;
class AlertWorker;
class FeedsPanel;

namespace alerts {
class AlertEngine;
class AlertStore;
}

/** The alert centre and the app's alerting: reads the rules file, runs the AlertEngine on a worker
 *  thread with its own store connection (fed by the feed engine's "readings stored"), and shows
 *  the alerts as they stood at the time cursor: open ones by severity, resolved ones with their
 *  history, the counts behind the navigation rail's badge. Acknowledging and commenting write
 *  the alert's history under the person's name; the rules are edited here and written back to
 *  the rules file. A new alert is announced by newAlert, for the notification. */
class AlertsPanel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AlertsPanel is provided by Dashboard.alerts")
    /** Open at the time cursor, most severe first, then newest. */
    Q_PROPERTY(atalaya::AlertListModel *openAlerts READ openAlerts CONSTANT)
    /** Resolved in the week before the time cursor, newest first. */
    Q_PROPERTY(atalaya::AlertListModel *resolvedAlerts READ resolvedAlerts CONSTANT)
    /** The selected alert's history up to the time cursor. */
    Q_PROPERTY(atalaya::AlertEventsModel *events READ events CONSTANT)
    Q_PROPERTY(atalaya::AlertRulesModel *rules READ rules CONSTANT)
    Q_PROPERTY(int criticalCount READ criticalCount NOTIFY countsChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY countsChanged)
    Q_PROPERTY(int infoCount READ infoCount NOTIFY countsChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY countsChanged)
    /** Open and not acknowledged at the time cursor: the navigation rail's badge. */
    Q_PROPERTY(int unacknowledgedCount READ unacknowledgedCount NOTIFY countsChanged)
    /** "3 unacknowledged alerts", or "" without any: the badge's accessible name. */
    Q_PROPERTY(QString badgeText READ badgeText NOTIFY countsChanged)
    /** The alert whose detail is shown (0: none). */
    Q_PROPERTY(qint64 selectedId READ selectedId WRITE setSelectedId NOTIFY selectedChanged)
    /** The selected alert's fields as the list roles name them; empty without one. */
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectedChanged)
    /** Acknowledging and commenting are for the present: false while the cursor replays a past. */
    Q_PROPERTY(bool canAct READ canAct NOTIFY atChanged)
    Q_PROPERTY(QDateTime at READ at NOTIFY atChanged)
    /** The rules file in use; empty: none chosen (no rules run). */
    Q_PROPERTY(QString rulesFilePath READ rulesFilePath NOTIFY rulesChanged)
    /** The file could not be read at all; empty otherwise. */
    Q_PROPERTY(QString rulesFileError READ rulesFileError NOTIFY rulesChanged)
    /** The rules that could not run, one map each: index, ruleId, field, message and text (all
     *  in one line: "Rule 3 “beach-full”, field limit: ..."). */
    Q_PROPERTY(QVariantList problems READ problems NOTIFY rulesChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    /** The keys and words the rule editor offers. */
    Q_PROPERTY(QVariantList ruleTypeChoices READ ruleTypeChoices CONSTANT)
    Q_PROPERTY(QVariantList severityChoices READ severityChoices CONSTANT)
    Q_PROPERTY(QVariantList indicatorChoices READ indicatorChoices CONSTANT)

public:
    explicit AlertsPanel(QObject *parent = nullptr);
    ~AlertsPanel() override;

    AlertListModel *openAlerts() const { return m_open; }
    AlertListModel *resolvedAlerts() const { return m_resolved; }
    AlertEventsModel *events() const { return m_events; }
    AlertRulesModel *rules() const { return m_rules; }
    int criticalCount() const { return m_critical; }
    int warningCount() const { return m_warning; }
    int infoCount() const { return m_info; }
    int openCount() const { return m_critical + m_warning + m_info; }
    int unacknowledgedCount() const { return m_unacknowledged; }
    QString badgeText() const;
    qint64 selectedId() const { return m_selectedId; }
    void setSelectedId(qint64 id);
    QVariantMap selected() const { return m_selected; }
    bool canAct() const { return m_live; }
    QDateTime at() const { return m_at; }
    QString rulesFilePath() const { return m_rulesFilePath; }
    QString rulesFileError() const { return m_rulesFileError; }
    QVariantList problems() const { return m_problems; }
    bool isRunning() const { return m_thread != nullptr; }
    QVariantList ruleTypeChoices() const;
    QVariantList severityChoices() const;
    QVariantList indicatorChoices() const;

    /** The UI thread's store connection (reads, acknowledgements); nullptr while there is none. */
    void setDatabase(Database *db);
    /** Reads the alerts as they stood at `at`; live: the present, as new alerts come in. */
    void setAt(const QDateTime &at, bool live);
    /** Reads the rules file (empty: no rules); the engine, when running, takes the valid rules. */
    void setRulesFile(const QString &path);
    /** Starts the worker thread and its engine on the store at databasePath. */
    void start(const QString &databasePath);
    /** Stops the engine and its thread. */
    void stop();
    /** Reads the alerts at the time cursor again (another connection wrote some). */
    void refresh();
    /** The feed engine whose stored readings the alert engine evaluates (once both run). */
    void setFeeds(FeedsPanel *feeds);
    /** Evaluates every rule now (tests; the engine's timer does it every minute). */
    void evaluateNow();
    /** The store changed under the engine (an import): its caches are read again. */
    void onStoreChanged();
    /** Alerts another process raised (on a shared store, the ingest service's engine) since the
     *  last call are announced by newAlert like this desktop's own; the first call only notes
     *  where the store is, so a desktop does not announce the history it opens with. */
    void announceRaisedElsewhere();

    /** Acknowledges an open alert with a comment (may be empty) under the person's name, now.
     *  Returns what went wrong, or "". */
    Q_INVOKABLE QString acknowledge(qint64 id, const QString &comment);
    /** Adds a comment to an alert's history. Returns what went wrong, or "". */
    Q_INVOKABLE QString comment(qint64 id, const QString &text);
    /** Reads the rules file again (after it was edited by hand). */
    Q_INVOKABLE void reload();
    /** Uses another rules file (a file chooser's URL or a path); it is remembered. Returns
     *  what went wrong, or "". A file that does not exist yet is created with no rules. */
    Q_INVOKABLE QString useRulesFile(const QString &pathOrUrl);
    /** A rule's fields for the editor as texts and flags; an empty id gives a new rule's. */
    Q_INVOKABLE QVariantMap ruleForm(const QString &id) const;
    /** Checks the form as the rules file would (validateRule) and when sound saves it in place
     *  of the rule originalId (empty: a new rule) and writes the file. Returns the problems by
     *  form field ("" for the form as a whole); empty when saved. */
    Q_INVOKABLE QVariantMap saveRule(const QString &originalId, const QVariantMap &form);
    /** Removes a rule and writes the file; returns what went wrong, or "". */
    Q_INVOKABLE QString removeRule(const QString &id);
    /** The form fields a rule type uses, in the editor's order. */
    Q_INVOKABLE QStringList formFields(const QString &typeKey) const;

    /** Where the rules live when none was chosen: the app's config folder. */
    static QString defaultRulesFilePath();
    /** Makes sure the default rules file exists, writing the demo rules on first run; returns
     *  its path, or "" with error set when it could not be written. */
    static QString ensureDefaultRulesFile(QString *error);

Q_SIGNALS:
    void countsChanged();
    void selectedChanged();
    void atChanged();
    void rulesChanged();
    void runningChanged();
    /** An alert was raised now (for the notification). */
    void newAlert(qint64 id, const QString &severityKey, const QString &severityText, const QString &title,
                  const QString &message);
    /** The rules file was written or chosen from the page (settings keep it). */
    void rulesFileSaved(const QString &path);

private:
    void refreshSelected();
    void applyRules(const alerts::RulesFile &file);
    void sendRulesToEngine();
    void connectFeeds();
    QString writeRules(const QList<alerts::Rule> &rules);
    void onEngineRaised(const alerts::AlertRecord &record);
    void onEngineResolved();

    AlertListModel *m_open = nullptr;
    AlertListModel *m_resolved = nullptr;
    AlertEventsModel *m_events = nullptr;
    AlertRulesModel *m_rules = nullptr;
    Database *m_db = nullptr;
    std::unique_ptr<alerts::AlertStore> m_store;
    qint64 m_announcedUpToId = -1; // the newest alert id announced (or known) by announceRaisedElsewhere
    QDateTime m_at;
    bool m_live = true;
    int m_critical = 0;
    int m_warning = 0;
    int m_info = 0;
    int m_unacknowledged = 0;
    qint64 m_selectedId = 0;
    QVariantMap m_selected;
    QString m_rulesFilePath;
    QString m_rulesFileError;
    QVariantList m_problems;
    QList<alerts::Rule> m_validRules;
    QPointer<QThread> m_thread;
    AlertWorker *m_worker = nullptr; // lives in m_thread
    alerts::AlertEngine *m_engine = nullptr; // lives in m_thread, owned by m_worker
    QPointer<FeedsPanel> m_feeds;
    bool m_feedsConnected = false;
};

} // namespace atalaya
