#include "storechanges.h"

#include "database.h"
#include "logging.h"

#include <QSqlError>
#include <QStringList>
#include <QVariant>

namespace atalaya {

StoreChanges::StoreChanges(QObject *parent)
    : QObject(parent)
{}

StoreChanges::~StoreChanges()
{
    unwatch();
}

bool StoreChanges::watch(Database &db)
{
    unwatch();
    if (!db.isOpen() || !db.isPostgres())
        return false;
    QSqlDriver *driver = db.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    if (!driver->subscribeToNotification(QString::fromLatin1(kChannel))) {
        qCWarning(lcStore) << "cannot listen for changes on" << db.path() << "- other workstations' edits will show"
                           << "only when a page is read again:" << driver->lastError().text();
        return false;
    }
    connect(driver, &QSqlDriver::notification, this, &StoreChanges::onNotification);
    m_driver = driver;
    return true;
}

void StoreChanges::unwatch()
{
    if (!m_driver)
        return;
    disconnect(m_driver, nullptr, this, nullptr);
    m_driver->unsubscribeFromNotification(QString::fromLatin1(kChannel));
    m_driver.clear();
}

void StoreChanges::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != QLatin1StringView(kChannel) || source == QSqlDriver::SelfSource)
        return;
    const QStringList words = payload.toString().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    if (words.constFirst() == QLatin1StringView("observation")) {
        bool earliestOk = false;
        bool latestOk = false;
        const qint64 earliest = words.value(1).toLongLong(&earliestOk);
        const qint64 latest = words.value(2).toLongLong(&latestOk);
        if (words.size() == 3 && earliestOk && latestOk) {
            Q_EMIT observationsStored(earliest, latest);
            return;
        }
        // Written by something else than our trigger: still a change of the table.
        qCWarning(lcStore) << "unexpected observation notification" << payload.toString();
    }
    Q_EMIT tableChanged(words.constFirst());
}

} // namespace atalaya
