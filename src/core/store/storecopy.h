#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace atalaya {

class Database;

/** Copies every row of one store into another, empty one: an SQLite file into a shared
 *  PostgreSQL database when a city moves to several workstations, and back (`atalaya
 *  --migrate-store FROM TO`).
 *
 *  Both stores are open, so both are at this build's schema. The tables, their columns and the
 *  order to fill them in (every table after the tables it references) are read from the source's
 *  schema, so a table a later migration adds is copied without a change here. Ids and values keep
 *  their types (integers, doubles bit for bit, text, NULL). The source is read in one snapshot
 *  (a feed writing into it meanwhile is not half copied); the target is written in one
 *  transaction, and its row counts are checked against the source's before it commits, so a
 *  failed copy leaves the target as empty as it was. On PostgreSQL the id sequences are then moved
 *  past the copied ids, so the next new row gets a free one. */
class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopy) // refusals and failures are shown to whoever runs the copy

public:
    struct TableCount {
        QString table;
        qint64 rows = 0;
    };

    struct Summary {
        bool ok = false;
        QString error;            // one sentence: what, where, why; empty when ok
        QList<TableCount> tables; // in the order they were copied
        qint64 totalRows = 0;
        double seconds = 0;
    };

    /** After every statement of rows and once when a table is done (rowsDone == rowsTotal, also
     *  for an empty table): the table being copied, its rows copied so far and its row count. */
    using Progress = std::function<void(const QString &table, qint64 rowsDone, qint64 rowsTotal)>;

    /** Copies source into target. target must hold nothing but what its migrations wrote (the
     *  built-in service categories); anything more is refused, naming the tables, and left as it
     *  was. */
    static Summary copy(Database &source, Database &target, const Progress &progress = {});

    /** The store's tables, each after every table it references (a table referencing itself
     *  counts as no dependency), ties broken by name. Empty with *error set when tables
     *  reference each other in a cycle or the schema cannot be read. */
    static QStringList tablesInCopyOrder(const Database &db, QString *error = nullptr);

    /** Rows per INSERT for a table of this many columns: a few hundred (a round trip each on
     *  PostgreSQL), fewer for wide tables so that a statement stays well under the parameter
     *  limits (SQLite 32,766, PostgreSQL 65,535). */
    static int rowsPerStatement(int columns);
};

} // namespace atalaya
