#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace atalaya {

/** One forward-only step of the store schema, applied in a single transaction. */
struct Migration {
    int version;
    QString description;
    QStringList statements;
    /** Run after statements on PostgreSQL only, verbatim (not translated): what a shared server
     *  has and an SQLite file has no counterpart for (triggers calling pg_notify, roles, grants). */
    QStringList postgresOnly = {};
};

/** All migrations, in version order starting at 1. Never edit a released one: add the next. */
const QList<Migration> &migrations();

} // namespace atalaya
