#include "storeaccess.h"

#include "logging.h"
#include "store/database.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace atalaya {

namespace {

// PostgreSQL's insufficient_privilege: a missing grant, or a role the server refuses a right.
constexpr auto kInsufficientPrivilege = "42501"_L1;

// One round trip: who we are, which group roles we have the privileges of (pg_has_role USAGE:
// what the server lets us use now, not a membership that needs SET ROLE first), and what the
// grants allow. to_regrole is NULL for a role that does not exist, which pg_has_role (strict)
// turns into NULL rather than an error. Owner: we have the privileges of the tables' owner, or are
// a superuser (pg_has_role is true for superusers).
constexpr auto kAccessQuery =
    "SELECT session_user::text,"
    " COALESCE(pg_catalog.pg_has_role(c.relowner, 'USAGE'), false),"
    " COALESCE(pg_catalog.pg_has_role(pg_catalog.to_regrole('atalaya_admin'), 'USAGE'), false),"
    " COALESCE(pg_catalog.pg_has_role(pg_catalog.to_regrole('atalaya_editor'), 'USAGE'), false),"
    " COALESCE(pg_catalog.pg_has_role(pg_catalog.to_regrole('atalaya_viewer'), 'USAGE'), false),"
    " pg_catalog.has_table_privilege(c.oid, 'SELECT'),"
    " pg_catalog.has_table_privilege(c.oid, 'UPDATE')"
    "  AND pg_catalog.has_table_privilege('note', 'INSERT') AND pg_catalog.has_table_privilege('note', 'UPDATE')"
    "  AND pg_catalog.has_column_privilege('alert', 'acknowledged_at', 'UPDATE')"
    "  AND pg_catalog.has_table_privilege('alert_event', 'INSERT'),"
    " pg_catalog.has_table_privilege('site', 'INSERT') AND pg_catalog.has_table_privilege('site', 'UPDATE')"
    "  AND pg_catalog.has_table_privilege('service_category', 'INSERT')"
    "  AND pg_catalog.has_table_privilege('meta', 'UPDATE') AND pg_catalog.has_table_privilege('alert', 'INSERT')"
    " FROM pg_catalog.pg_class c WHERE c.oid = pg_catalog.to_regclass('service_point')"_L1;

QString systemUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

StoreAccess StoreAccess::of(const Database &db)
{
    StoreAccess access;
    if (!db.isOpen()) {
        access.m_error = tr("the store is not open");
        return access;
    }
    if (!db.isPostgres()) {
        const QString owner = db.path().isEmpty() ? QString() : QFileInfo(db.path()).owner();
        access.m_user = owner.isEmpty() ? systemUser() : owner;
        access.m_role = Role::Owner;
        access.m_canView = access.m_canEdit = access.m_canAdminister = true;
        return access;
    }

    QSqlQuery query(db.connection());
    if (!query.exec(QString(kAccessQuery))) {
        access.m_error = tr("cannot ask the store %1 what this role may do (%2)").arg(db.path(), query.lastError().text());
        qCWarning(lcStore).noquote() << access.m_error;
        return access;
    }
    if (!query.next()) {
        access.m_error = tr("the store %1 has no table service_point in this connection's schema").arg(db.path());
        qCWarning(lcStore).noquote() << access.m_error;
        return access;
    }
    access.m_user = query.value(0).toString();
    if (query.value(1).toBool())
        access.m_role = Role::Owner;
    else if (query.value(2).toBool())
        access.m_role = Role::Administrator;
    else if (query.value(3).toBool())
        access.m_role = Role::Editor;
    else if (query.value(4).toBool())
        access.m_role = Role::Viewer;
    access.m_canView = query.value(5).toBool();
    access.m_canEdit = query.value(6).toBool();
    access.m_canAdminister = query.value(7).toBool();
    return access;
}

QString StoreAccess::roleKey(Role role)
{
    switch (role) {
    case Role::Viewer:
        return u"viewer"_s;
    case Role::Editor:
        return u"editor"_s;
    case Role::Administrator:
        return u"admin"_s;
    case Role::Owner:
        return u"owner"_s;
    case Role::None:
        break;
    }
    return u"none"_s;
}

QString StoreAccess::roleName(Role role)
{
    switch (role) {
    case Role::Viewer:
        return tr("viewer", "store role");
    case Role::Editor:
        return tr("editor", "store role");
    case Role::Administrator:
        return tr("administrator", "store role");
    case Role::Owner:
        return tr("owner", "store role");
    case Role::None:
        break;
    }
    return tr("no role", "store role");
}

StoreAccess::Role StoreAccess::roleNeeded(StoreChange change)
{
    switch (change) {
    case StoreChange::Services:
    case StoreChange::Notes:
    case StoreChange::Alerts:
    case StoreChange::Briefings:
        return Role::Editor;
    case StoreChange::Categories:
    case StoreChange::Readings:
    case StoreChange::Administration:
        break;
    }
    return Role::Administrator;
}

QString StoreAccess::changeDescription(StoreChange change)
{
    switch (change) {
    case StoreChange::Services:
        return tr("changing services");
    case StoreChange::Notes:
        return tr("writing notes");
    case StoreChange::Alerts:
        return tr("acknowledging and commenting alerts");
    case StoreChange::Briefings:
        return tr("recording briefings");
    case StoreChange::Categories:
        return tr("adding service categories");
    case StoreChange::Readings:
        return tr("storing sensors and their readings");
    case StoreChange::Administration:
        break;
    }
    return tr("changing the city's places, feeds and settings");
}

bool isPrivilegeRefusal(const QSqlError &error)
{
    return error.type() != QSqlError::NoError && error.nativeErrorCode() == kInsufficientPrivilege;
}

QString refusalMessage(const QSqlError &error, const Database &db, StoreChange change, const QString &otherwise)
{
    if (!isPrivilegeRefusal(error))
        return otherwise;
    const StoreAccess access = StoreAccess::of(db);
    const QString what = StoreAccess::changeDescription(change);
    const QString needed = StoreAccess::roleName(StoreAccess::roleNeeded(change));
    qCDebug(lcStore).noquote() << "refused" << what << "to" << access.user() << "(" << access.roleKey() << "):"
                              << error.databaseText();
    if (access.user().isEmpty())
        return StoreAccess::tr("Your database role may not do this in this store: %1 needs the %2 role; ask an "
                               "administrator.")
            .arg(what, needed);
    if (access.role() == StoreAccess::Role::Viewer)
        return StoreAccess::tr("Your database role '%1' may only view this store: %2 needs the %3 role; ask an "
                               "administrator.")
            .arg(access.user(), what, needed);
    if (access.role() == StoreAccess::Role::None)
        return StoreAccess::tr("Your database role '%1' has no Atalaya role in this store: %2 needs the %3 role; ask "
                               "an administrator.")
            .arg(access.user(), what, needed);
    if (access.role() < StoreAccess::roleNeeded(change))
        return StoreAccess::tr("Your database role '%1' has the %2 role in this store: %3 needs the %4 role; ask an "
                               "administrator.")
            .arg(access.user(), access.roleName(), what, needed);
    // A role that should be allowed was refused: a grant is missing on this store.
    return StoreAccess::tr("Your database role '%1' has the %2 role in this store, yet the store refused %3 (%4); ask "
                           "an administrator to check the store's grants.")
        .arg(access.user(), access.roleName(), what, error.databaseText().simplified());
}

} // namespace atalaya
