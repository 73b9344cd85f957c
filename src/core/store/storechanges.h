#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QString>

namespace atalaya {

class Database;

/** What other connections changed in a shared (PostgreSQL) store, as it happens.
 *
 *  Migration 5 gives the store's tables statement triggers that NOTIFY 'atalaya_change' with the
 *  table's name (observation: "observation EARLIEST LATEST", epoch seconds of what was written);
 *  watch() LISTENs on a connection, and every notification another connection committed arrives
 *  here through the driver's socket, in the connection's thread, without any query. This
 *  connection's own writes are left out: whoever made them already knows.
 *
 *  An SQLite store has no notifications: watch() returns false and nothing is ever emitted (a
 *  file store has one workstation; its own engines tell the pages directly). */
class StoreChanges : public QObject
{
    Q_OBJECT
public:
    static constexpr auto kChannel = "atalaya_change";

    explicit StoreChanges(QObject *parent = nullptr);
    ~StoreChanges() override;

    /** Listens on db's connection (db must outlive the watch or unwatch() first). False when the
     *  store cannot notify (SQLite) or the server refused the LISTEN (logged). */
    bool watch(Database &db);
    void unwatch();
    bool isWatching() const { return !m_driver.isNull(); }

Q_SIGNALS:
    /** Another connection committed a change to table (not observation). */
    void tableChanged(const QString &table);
    /** Another connection committed readings observed between earliest and latest (epoch s). */
    void observationsStored(qint64 earliest, qint64 latest);

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QPointer<QSqlDriver> m_driver;
};

} // namespace atalaya
