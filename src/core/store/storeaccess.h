#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace atalaya {

class Database;

/** A kind of change a store may refuse a role, for the refusal's sentence: each needs a role. */
enum class StoreChange {
    Services,       // service points, their hours, capacity, notes and time windows: editor
    Notes,          // operator notes: editor
    Alerts,         // acknowledging and commenting alerts: editor
    Briefings,      // recording a briefing: editor
    Categories,     // service categories (imports create them): administrator
    Readings,       // sensors and their readings (feeds write them): administrator
    Administration, // sites, hospitals, regions, store facts: administrator
};

/** Who this connection is in its store and what the store lets it do, asked of the store once
 *  (of()) and then kept. On PostgreSQL the server enforces it (schema 6: the group roles
 *  atalaya_viewer, atalaya_editor and atalaya_admin and their grants); this only tells the
 *  interface what to offer and a refusal what to say. An SQLite store is a file that whoever may
 *  write it owns: the owner may do everything. */
class StoreAccess
{
    Q_DECLARE_TR_FUNCTIONS(StoreAccess) // role names and refusals are shown to users

public:
    enum class Role {
        None,          // a login role without any Atalaya role: may not even read
        Viewer,        // reads everything, changes nothing
        Editor,        // also services, notes, alert acknowledgements and comments, briefings
        Administrator, // also everything else (feeds' data, sites, categories) and grants roles
        Owner,         // owns the tables (or is a superuser; or an SQLite file's user)
    };

    /** Asks the store (one query on PostgreSQL). An unopened store or a failed query gives an
     *  invalid StoreAccess (role None, nothing allowed) whose error() says why. */
    static StoreAccess of(const Database &db);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    /** The login name the changes are recorded under: PostgreSQL's session_user; for SQLite the
     *  file's owner (or the system user for a store in memory). */
    QString user() const { return m_user; }
    Role role() const { return m_role; }
    /** "none", "viewer", "editor", "admin", "owner": stable keys for QML and logs. */
    QString roleKey() const { return roleKey(m_role); }
    static QString roleKey(Role role);
    /** The role as a user reads it ("viewer", "administrator"), translated. */
    QString roleName() const { return roleName(m_role); }
    static QString roleName(Role role);

    /** What the grants allow, whatever the role is called (a role granted table rights directly
     *  is judged by them). */
    bool canView() const { return m_canView; }
    bool canEdit() const { return m_canEdit; }
    bool canAdminister() const { return m_canAdminister; }

    /** The least role that may make a kind of change. */
    static Role roleNeeded(StoreChange change);
    /** "changing services", ...: what was refused, translated, for the middle of a sentence. */
    static QString changeDescription(StoreChange change);

private:
    QString m_error;
    QString m_user;
    Role m_role = Role::None;
    bool m_canView = false;
    bool m_canEdit = false;
    bool m_canAdminister = false;
};

/** True when error is the database refusing a statement for lack of privilege (SQLSTATE 42501,
 *  insufficient_privilege). SQLite has no such refusal. */
bool isPrivilegeRefusal(const QSqlError &error);

/** When error is the database refusing this connection's role the change (isPrivilegeRefusal):
 *  one sentence naming the role, what was refused, the role it needs and the remedy ("Your
 *  database role 'alice' may only view this store: changing services needs the editor role; ask
 *  an administrator."). Anything else returns otherwise unchanged: the caller's own message.
 *  It asks the store who the user is, so call it once the refused transaction has ended. */
QString refusalMessage(const QSqlError &error, const Database &db, StoreChange change, const QString &otherwise);

} // namespace atalaya
