#include "storecopy.h"

#include "database.h"
#include "logging.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <climits>
#include <optional>
#include <utility>
#include <vector>

namespace atalaya {

namespace {

// Each store keeps its own migration history: both are at the same schema version (checked
// first), and when the target's steps ran is what its administrator will want to know.
const QLatin1String kMigrationTable("schema_migration");

// Parameters per INSERT statement: well under SQLite's 32,766 and PostgreSQL's 65,535, and the
// rows per statement where a gain from more flattens out (a round trip each on PostgreSQL).
constexpr int kParametersPerStatement = 8000;
constexpr int kMaxRowsPerStatement = 500;

struct ForeignKey {
    QString referencedTable;
    QStringList columns;
    QStringList referencedColumns;
};

struct TableSchema {
    QString name;
    QStringList columns;
    QStringList primaryKey;
    QList<ForeignKey> foreignKeys;
};

using Schema = QMap<QString, TableSchema>;

// Driver messages span lines and end in a full stop; ours put them inside a sentence.
QString oneLine(const QString &text)
{
    static const QRegularExpression finalStop(QStringLiteral("[.\\s]+$"));
    return text.simplified().remove(finalStop);
}

// What the store said, without the driver's own words around it ("QPSQL: Unable to create
// query") or PostgreSQL's CONTEXT lines.
QString storeMessage(const QSqlError &error)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (const qsizetype context = text.indexOf(QLatin1String("CONTEXT:")); context > 0)
        text.truncate(context);
    static const QRegularExpression severity(QStringLiteral("^\\s*(ERROR|FATAL):\\s*"));
    return oneLine(text.remove(severity));
}

QString quoted(const Database &db, const QString &name)
{
    return db.connection().driver()->escapeIdentifier(name, QSqlDriver::FieldName);
}

QString columnList(const Database &db, const QStringList &columns)
{
    QStringList names;
    names.reserve(columns.size());
    for (const QString &column : columns)
        names.append(quoted(db, column));
    return names.join(QLatin1String(", "));
}

// A value as text that is equal on both backends exactly when the values are: doubles in their
// shortest exact form, integers without a type, NULL apart from every string.
QString valueText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("\u0001NULL");
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    default:
        return value.toString();
    }
}

bool readSqliteSchema(const Database &db, Schema *schema, QString *why)
{
    const QSqlDatabase connection = db.connection();
    QSqlQuery tables(connection);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                    " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"))) {
        *why = oneLine(tables.lastError().text());
        return false;
    }
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    tables.finish();

    for (const QString &name : std::as_const(names)) {
        TableSchema table{name, {}, {}, {}};
        QSqlQuery columns(connection);
        columns.prepare(QStringLiteral("SELECT name, pk FROM pragma_table_info(?) ORDER BY cid"));
        columns.addBindValue(name);
        if (!columns.exec()) {
            *why = oneLine(columns.lastError().text());
            return false;
        }
        QMap<int, QString> key;
        while (columns.next()) {
            table.columns.append(columns.value(0).toString());
            if (const int position = columns.value(1).toInt(); position > 0)
                key.insert(position, columns.value(0).toString());
        }
        table.primaryKey = key.values();

        QSqlQuery keys(connection);
        keys.prepare(QStringLiteral("SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id, seq"));
        keys.addBindValue(name);
        if (!keys.exec()) {
            *why = oneLine(keys.lastError().text());
            return false;
        }
        int current = -1;
        while (keys.next()) {
            if (keys.value(0).toInt() != current) {
                current = keys.value(0).toInt();
                table.foreignKeys.append({keys.value(1).toString(), {}, {}});
            }
            table.foreignKeys.last().columns.append(keys.value(2).toString());
            // NULL when the REFERENCES clause names no column: the parent's primary key (below).
            table.foreignKeys.last().referencedColumns.append(keys.value(3).toString());
        }
        schema->insert(name, table);
    }

    // SQLite keeps a REFERENCES clause as written, in any letter case; the tables are matched as
    // SQLite matches them.
    for (TableSchema &table : *schema) {
        for (ForeignKey &key : table.foreignKeys) {
            for (auto other = schema->cbegin(); other != schema->cend(); ++other) {
                if (other.key().compare(key.referencedTable, Qt::CaseInsensitive) == 0)
                    key.referencedTable = other.key();
            }
            if (key.referencedColumns.contains(QString()) && schema->contains(key.referencedTable))
                key.referencedColumns = schema->value(key.referencedTable).primaryKey;
        }
    }
    return true;
}

bool readPostgresSchema(const Database &db, Schema *schema, QString *why)
{
    // Only the schema the connection writes into (as Database does), partitions as part of their
    // table, generated columns left to the server.
    const QSqlDatabase connection = db.connection();
    QSqlQuery columns(connection);
    if (!columns.exec(QStringLiteral(
            "SELECT c.relname, a.attname FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " JOIN pg_attribute a ON a.attrelid = c.oid"
            " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition"
            " AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''"
            " ORDER BY c.relname, a.attnum"))) {
        *why = oneLine(columns.lastError().text());
        return false;
    }
    while (columns.next()) {
        const QString table = columns.value(0).toString();
        TableSchema &entry = (*schema)[table];
        entry.name = table;
        entry.columns.append(columns.value(1).toString());
    }
    columns.finish();

    QSqlQuery constraints(connection);
    if (!constraints.exec(QStringLiteral(
            "SELECT cl.relname, c.contype::text, c.conname, a.attname, rcl.relname, ra.attname"
            " FROM pg_constraint c"
            " JOIN pg_class cl ON cl.oid = c.conrelid"
            " JOIN pg_namespace n ON n.oid = cl.relnamespace"
            " CROSS JOIN LATERAL unnest(c.conkey, COALESCE(c.confkey, c.conkey)) WITH ORDINALITY AS k(col, refcol, ord)"
            " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col"
            " LEFT JOIN pg_class rcl ON rcl.oid = c.confrelid"
            " LEFT JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = k.refcol"
            " WHERE n.nspname = current_schema() AND c.contype IN ('p', 'f')"
            " ORDER BY cl.relname, c.contype, c.conname, k.ord"))) {
        *why = oneLine(constraints.lastError().text());
        return false;
    }
    QString currentTable;
    QString currentConstraint;
    while (constraints.next()) {
        const QString table = constraints.value(0).toString();
        if (!schema->contains(table))
            continue;
        TableSchema &entry = (*schema)[table];
        const QString kind = constraints.value(1).toString();
        if (kind == QLatin1String("p")) {
            entry.primaryKey.append(constraints.value(3).toString());
            continue;
        }
        if (table != currentTable || constraints.value(2).toString() != currentConstraint) {
            currentTable = table;
            currentConstraint = constraints.value(2).toString();
            entry.foreignKeys.append({constraints.value(4).toString(), {}, {}});
        }
        entry.foreignKeys.last().columns.append(constraints.value(3).toString());
        entry.foreignKeys.last().referencedColumns.append(constraints.value(5).toString());
    }
    return true;
}

bool readSchema(const Database &db, Schema *schema, QString *why)
{
    schema->clear();
    return db.isPostgres() ? readPostgresSchema(db, schema, why) : readSqliteSchema(db, schema, why);
}

// Kahn's order: a table once every table it references is placed, the first by name among those
// ready, so the order is the same on both backends and from run to run.
QStringList copyOrder(const Schema &schema, QString *why)
{
    QMap<QString, QSet<QString>> parents;
    for (const TableSchema &table : schema) {
        QSet<QString> &mine = parents[table.name];
        for (const ForeignKey &key : table.foreignKeys) {
            // Rows of a table that references itself are ordered when they are copied; a reference
            // to a table outside the store (another schema) is not ours to fill.
            if (key.referencedTable != table.name && schema.contains(key.referencedTable))
                mine.insert(key.referencedTable);
        }
    }
    QStringList order;
    QSet<QString> placed;
    while (order.size() < parents.size()) {
        QString next;
        for (auto table = parents.cbegin(); table != parents.cend(); ++table) {
            if (!placed.contains(table.key()) && placed.contains(table.value())) {
                next = table.key();
                break;
            }
        }
        if (next.isEmpty()) {
            QStringList waiting;
            for (auto table = parents.cbegin(); table != parents.cend(); ++table) {
                if (!placed.contains(table.key()))
                    waiting.append(table.key());
            }
            *why = StoreCopy::tr("the tables %1 reference each other, so none of them can be filled first")
                       .arg(waiting.join(QLatin1String(", ")));
            return {};
        }
        order.append(next);
        placed.insert(next);
    }
    return order;
}

std::optional<qint64> countRows(const Database &db, const QString &table, QString *why)
{
    QSqlQuery count(db.connection());
    if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(db, table))) || !count.next()) {
        *why = oneLine(count.lastError().text());
        return std::nullopt;
    }
    return count.value(0).toLongLong();
}

// Every row of a table as one line of text, sorted: for comparing small tables across backends.
std::optional<QStringList> rowsAsText(const Database &db, const QString &table, const QStringList &columns, QString *why)
{
    QSqlQuery rows(db.connection());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT %1 FROM %2").arg(columnList(db, columns), quoted(db, table)))) {
        *why = oneLine(rows.lastError().text());
        return std::nullopt;
    }
    QStringList lines;
    while (rows.next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i)
            values.append(valueText(rows.value(i)));
        lines.append(values.join(QChar(0x1f)));
    }
    lines.sort();
    return lines;
}

// Within a table that references itself (a region's parent region), a row goes after the row it
// points at: the reference is checked at the end of each INSERT, and the parent may have a larger
// id than its child (a district imported after its neighbourhoods). Rows left in a loop keep
// their order; the store then refuses them with its own reason.
QList<QVariantList> parentsFirst(const TableSchema &table, QList<QVariantList> rows)
{
    struct SelfReference {
        QList<int> from;
        QList<int> to;
        QSet<QString> present;
        QSet<QString> written;
    };
    QList<SelfReference> references;
    for (const ForeignKey &key : table.foreignKeys) {
        if (key.referencedTable != table.name)
            continue;
        SelfReference reference;
        for (qsizetype i = 0; i < key.columns.size(); ++i) {
            reference.from.append(int(table.columns.indexOf(key.columns.at(i))));
            reference.to.append(int(table.columns.indexOf(key.referencedColumns.value(i))));
        }
        if (!reference.from.contains(-1) && !reference.to.contains(-1))
            references.append(reference);
    }
    if (references.isEmpty())
        return rows;

    // Empty when any column of the reference is NULL: such a row refers to nothing.
    const auto keyOf = [](const QVariantList &row, const QList<int> &columns) {
        QStringList parts;
        for (const int column : columns) {
            if (row.at(column).isNull())
                return QString();
            parts.append(valueText(row.at(column)));
        }
        return parts.join(QChar(0x1f));
    };
    for (SelfReference &reference : references) {
        for (const QVariantList &row : std::as_const(rows))
            reference.present.insert(keyOf(row, reference.to));
    }

    QList<QVariantList> ordered;
    ordered.reserve(rows.size());
    QList<bool> done(rows.size(), false);
    bool progress = true;
    while (progress && ordered.size() < rows.size()) {
        progress = false;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (done.at(i))
                continue;
            const QVariantList &row = rows.at(i);
            const bool ready = std::all_of(references.cbegin(), references.cend(), [&](const SelfReference &reference) {
                const QString parent = keyOf(row, reference.from);
                return parent.isEmpty() || !reference.present.contains(parent) || reference.written.contains(parent);
            });
            if (!ready)
                continue;
            for (SelfReference &reference : references)
                reference.written.insert(keyOf(row, reference.to));
            ordered.append(row);
            done[i] = true;
            progress = true;
        }
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!done.at(i))
            ordered.append(rows.at(i));
    }
    return ordered;
}

// Copies one table's rows, in multi-row INSERTs; *why says what the target refused.
// Statements that failed inside the target's transaction are parked in *parked until it has been
// rolled back: QPSQL frees a prepared statement when its QSqlQuery goes, and PostgreSQL refuses
// even that in an aborted transaction (a warning on every failed copy otherwise).
bool copyTable(const Database &source, Database &target, const TableSchema &table, qint64 total,
               const StoreCopy::Progress &progress, qint64 *copied, std::vector<QSqlQuery> *parked, QString *why)
{
    const QStringList &columns = table.columns;
    const int width = int(columns.size());
    const int perStatement = StoreCopy::rowsPerStatement(width);

    QString select = QStringLiteral("SELECT %1 FROM %2").arg(columnList(source, columns), quoted(source, table.name));
    if (!table.primaryKey.isEmpty())
        select += QStringLiteral(" ORDER BY %1").arg(columnList(source, table.primaryKey));
    QSqlQuery read(source.connection());
    // Forward only: QtSql keeps no copy of the rows read, and QPSQL fetches them as they come.
    read.setForwardOnly(true);
    if (!read.exec(select)) {
        *why = StoreCopy::tr("cannot read the table %1 of the source (%2)").arg(table.name, storeMessage(read.lastError()));
        return false;
    }

    const QString insertHead = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                                   .arg(quoted(target, table.name), columnList(target, columns));
    const QString oneRow = QLatin1Char('(') + QStringList(width, QStringLiteral("?")).join(QLatin1String(", ")) + QLatin1Char(')');
    const auto insertSql = [&](int rows) { return insertHead + QStringList(rows, oneRow).join(QLatin1String(", ")); };

    std::optional<QSqlQuery> full;
    QVariantList pending;
    pending.reserve(perStatement * width);
    qint64 done = 0;
    const auto send = [&]() {
        const int rows = int(pending.size() / width);
        if (rows == 0)
            return true;
        std::optional<QSqlQuery> tail;
        QSqlQuery *statement = nullptr;
        if (rows == perStatement) {
            if (!full) {
                full.emplace(target.connection());
                full->prepare(insertSql(rows));
            }
            statement = &*full;
        } else {
            tail.emplace(target.connection());
            tail->prepare(insertSql(rows));
            statement = &*tail;
        }
        for (qsizetype i = 0; i < pending.size(); ++i)
            statement->bindValue(int(i), pending.at(i));
        if (!statement->exec()) {
            *why = StoreCopy::tr("the target refused rows %1 to %2 of the table %3 (%4)")
                       .arg(done + 1)
                       .arg(done + rows)
                       .arg(table.name, storeMessage(statement->lastError()));
            if (tail)
                parked->push_back(std::move(*tail));
            if (full)
                parked->push_back(std::move(*full));
            return false;
        }
        done += rows;
        pending.clear();
        if (progress)
            progress(table.name, done, total);
        return true;
    };
    const auto add = [&](const QVariantList &row) {
        pending.append(row);
        return pending.size() < perStatement * width || send();
    };

    const bool selfReferencing = std::any_of(table.foreignKeys.cbegin(), table.foreignKeys.cend(),
                                             [&](const ForeignKey &key) { return key.referencedTable == table.name; });
    bool ok = true;
    if (selfReferencing) {
        // Held in memory to be ordered: such tables (regions) are small beside the readings.
        QList<QVariantList> rows;
        while (read.next()) {
            QVariantList row;
            row.reserve(width);
            for (int i = 0; i < width; ++i)
                row.append(read.value(i));
            rows.append(row);
        }
        read.finish();
        for (const QVariantList &row : parentsFirst(table, std::move(rows))) {
            if (!(ok = add(row)))
                break;
        }
    } else {
        QVariantList row(width);
        while (ok && read.next()) {
            for (int i = 0; i < width; ++i)
                row[i] = read.value(i);
            ok = add(row);
        }
    }
    if (ok && read.lastError().isValid()) {
        *why = StoreCopy::tr("cannot read the table %1 of the source (%2)").arg(table.name, storeMessage(read.lastError()));
        ok = false;
    }
    read.finish();
    ok = ok && send();
    if (ok && done == 0 && progress)
        progress(table.name, 0, total);
    *copied = done;
    return ok;
}

// The rows a store holds straight after its migrations (the built-in service categories), per
// table: a target holding these and nothing more is empty.
std::optional<QMap<QString, QStringList>> migrationRows(QString *why)
{
    Database fresh;
    const Database::OpenResult opened = fresh.openInMemory();
    if (!opened.ok()) {
        *why = opened.message;
        return std::nullopt;
    }
    Schema schema;
    if (!readSchema(fresh, &schema, why))
        return std::nullopt;
    QMap<QString, QStringList> rows;
    for (const TableSchema &table : std::as_const(schema)) {
        if (table.name == kMigrationTable)
            continue;
        const auto lines = rowsAsText(fresh, table.name, table.columns, why);
        if (!lines)
            return std::nullopt;
        if (!lines->isEmpty())
            rows.insert(table.name, *lines);
    }
    return rows;
}

} // namespace

int StoreCopy::rowsPerStatement(int columns)
{
    return qBound(1, kParametersPerStatement / qMax(1, columns), kMaxRowsPerStatement);
}

QStringList StoreCopy::tablesInCopyOrder(const Database &db, QString *error)
{
    QString why;
    Schema schema;
    QStringList order;
    if (readSchema(db, &schema, &why))
        order = copyOrder(schema, &why);
    if (error)
        *error = why;
    return order;
}

StoreCopy::Summary StoreCopy::copy(Database &source, Database &target, const Progress &progress)
{
    Summary summary;
    QElapsedTimer clock;
    clock.start();
    const QString from = source.path().isEmpty() ? tr("the store in memory") : source.path();
    const QString to = target.path().isEmpty() ? tr("the store in memory") : target.path();
    const auto fail = [&](const QString &message) {
        summary.ok = false;
        summary.error = message;
        summary.tables.clear();
        summary.totalRows = 0;
        summary.seconds = clock.nsecsElapsed() / 1e9;
        qCWarning(lcStore).noquote() << "store copy from" << from << "to" << to << "failed:" << message;
        return summary;
    };

    if (!source.isOpen() || !target.isOpen())
        return fail(tr("Cannot copy %1 into %2: both stores must be open.").arg(from, to));
    if (!source.path().isEmpty() && source.path() == target.path())
        return fail(tr("Cannot copy %1 into itself: give a new, empty store as the target.").arg(from));
    if (source.schemaVersion() != target.schemaVersion())
        return fail(tr("Cannot copy %1 (schema %2) into %3 (schema %4): open both with the same Atalaya so "
                       "that they are at the same schema.")
                        .arg(from)
                        .arg(source.schemaVersion())
                        .arg(to)
                        .arg(target.schemaVersion()));

    // One snapshot of the source for the whole copy, counts included: an ingest service writing
    // into it meanwhile neither tears a table nor makes the counts differ.
    QSqlDatabase reading = source.connection();
    if (!reading.transaction())
        return fail(tr("Cannot read %1: %2.").arg(from, oneLine(reading.lastError().text())));
    const auto endReading = qScopeGuard([&reading] { reading.rollback(); });
    if (source.isPostgres()) {
        QSqlQuery snapshot(reading);
        if (!snapshot.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
            return fail(tr("Cannot read %1: %2.").arg(from, oneLine(snapshot.lastError().text())));
    }

    QString why;
    Schema schema;
    if (!readSchema(source, &schema, &why))
        return fail(tr("Cannot read the tables of %1: %2.").arg(from, why));
    const QStringList order = copyOrder(schema, &why);
    if (order.isEmpty())
        return fail(tr("Cannot copy %1: %2.").arg(from, why));
    Schema targetSchema;
    if (!readSchema(target, &targetSchema, &why))
        return fail(tr("Cannot read the tables of %1: %2.").arg(to, why));
    for (const QString &name : order) {
        if (!targetSchema.contains(name))
            return fail(tr("Cannot copy %1 into %2: the target has no table %3.").arg(from, to, name));
        for (const QString &column : schema.value(name).columns) {
            if (!targetSchema.value(name).columns.contains(column))
                return fail(tr("Cannot copy %1 into %2: the table %3 of the target has no column %4.")
                                .arg(from, to, name, column));
        }
    }

    // The target must be empty: nothing but the rows its migrations wrote, which make way for the
    // source's own (the source has them too, perhaps renamed).
    qCInfo(lcStore).noquote() << "comparing" << to << "with a new store made in memory";
    const auto written = migrationRows(&why);
    if (!written)
        return fail(tr("Cannot check that %1 is empty: %2.").arg(to, why));
    QStringList occupied;
    QStringList toClear;
    for (const TableSchema &table : std::as_const(targetSchema)) {
        if (table.name == kMigrationTable)
            continue;
        const std::optional<qint64> rows = countRows(target, table.name, &why);
        if (!rows)
            return fail(tr("Cannot check that %1 is empty: %2.").arg(to, why));
        const QStringList expected = written->value(table.name);
        if (*rows != expected.size()) {
            occupied.append(tr("%1: %n row(s)", nullptr, int(qMin<qint64>(*rows, INT_MAX))).arg(table.name));
            continue;
        }
        if (*rows == 0)
            continue;
        const auto lines = rowsAsText(target, table.name, table.columns, &why);
        if (!lines)
            return fail(tr("Cannot check that %1 is empty: %2.").arg(to, why));
        if (*lines != expected)
            occupied.append(tr("%1: rows changed since the store was made").arg(table.name));
        toClear.append(table.name);
    }
    if (!occupied.isEmpty())
        return fail(tr("Cannot copy into %1: it already holds data (%2). It was left untouched; copy into a new, "
                       "empty store: a file name that does not exist yet, or a PostgreSQL database just made "
                       "for it (createdb --owner=ROLE NAME).")
                        .arg(to, occupied.join(QLatin1String("; "))));

    QHash<QString, qint64> expected;
    for (const QString &name : order) {
        if (name == kMigrationTable)
            continue;
        const std::optional<qint64> rows = countRows(source, name, &why);
        if (!rows)
            return fail(tr("Cannot count the rows of %1 in %2: %3.").arg(name, from, why));
        expected.insert(name, *rows);
    }

    qCInfo(lcStore).noquote() << "copying" << from << "(" << source.backendName() << ") into" << to << "("
                              << target.backendName() << ")";
    QList<TableCount> copied;
    QString failure;
    std::vector<QSqlQuery> parked;
    const bool done = target.inTransaction([&] {
        for (auto name = order.crbegin(); name != order.crend(); ++name) {
            if (!toClear.contains(*name))
                continue;
            QSqlQuery clear(target.connection());
            if (!clear.exec(QStringLiteral("DELETE FROM %1").arg(quoted(target, *name)))) {
                failure = tr("cannot clear the table %1 of the target (%2)").arg(*name, storeMessage(clear.lastError()));
                return false;
            }
        }
        for (const QString &name : order) {
            if (name == kMigrationTable)
                continue;
            qint64 rows = 0;
            if (!copyTable(source, target, schema.value(name), expected.value(name), progress, &rows, &parked, &failure))
                return false;
            copied.append({name, rows});
        }
        // The check the copy is trusted by: a trigger, a default or a skipped row on either side
        // would show here, and nothing is committed then.
        for (const QString &name : order) {
            if (name == kMigrationTable)
                continue;
            const std::optional<qint64> rows = countRows(target, name, &failure);
            if (!rows)
                return false;
            if (*rows != expected.value(name)) {
                failure = tr("the row counts of the table %1 differ: %2 in the source, %3 in the target after the copy")
                              .arg(name)
                              .arg(expected.value(name))
                              .arg(*rows);
                return false;
            }
        }
        if (!target.syncIdentitySequences()) {
            failure = tr("cannot move the id sequences past the copied ids (%1)")
                          .arg(oneLine(target.connection().lastError().text()));
            return false;
        }
        return true;
    });
    parked.clear();
    if (!done) {
        if (failure.isEmpty())
            failure = oneLine(target.connection().lastError().text());
        return fail(tr("Cannot copy %1 into %2: %3. Nothing was copied; the target is as empty as before.")
                        .arg(from, to, failure));
    }

    summary.ok = true;
    summary.tables = copied;
    for (const TableCount &table : std::as_const(copied))
        summary.totalRows += table.rows;
    summary.seconds = clock.nsecsElapsed() / 1e9;
    qCInfo(lcStore).noquote() << "copied" << summary.totalRows << "rows in" << copied.size() << "tables from" << from
                              << "into" << to << "in" << summary.seconds << "s";
    return summary;
}

} // namespace atalaya
