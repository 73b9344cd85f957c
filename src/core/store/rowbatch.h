#pragma once

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <optional>
#include <vector>

namespace atalaya {

class Database;

/** Writes many rows into one table with multi-row INSERT ... VALUES (...),(...) statements, on
 *  SQLite and PostgreSQL alike: rows are collected and sent rowsPerStatement at a time through
 *  one prepared statement, the rest by flush() through a statement of their exact size. Each
 *  statement is a round trip to a PostgreSQL server and a parse-and-bind in QtSql, so a few
 *  hundred rows per statement instead of one make bulk writes (the demo city, imports) an order
 *  of magnitude faster there, and a few times faster on SQLite.
 *
 *  It runs no transaction of its own: the caller opens one around the rows (and a rollback
 *  undoes the statements already sent). Call flush() before reading the table or writing rows
 *  that refer to these. The first refusal is kept in error() (table, rows and the store's reason,
 *  a clause for the caller's sentence) and every later add() or flush() returns false, so a loop
 *  can stop at its first false. */
class RowBatch
{
    Q_DECLARE_TR_FUNCTIONS(RowBatch) // the store's refusals end up in messages shown to users
public:
    /** Statements hold at most this many parameters: SQLite's default limit (32,766 since
     *  3.32; PostgreSQL allows 65,535). */
    static constexpr int kMaxParameters = 32766;
    /** Parameters per statement when the caller does not say (bench/bench_demo.cpp measured the
     *  demo city with both): on SQLite, QtSql's binding costs grow faster than the parameters
     *  (about 1,000 per statement are as fast as any, 20,000 several times slower); on
     *  PostgreSQL each statement is a round trip, and 10,000 beat 1,000 clearly. */
    static constexpr int kSqliteParameters = 1000;
    static constexpr int kPostgresParameters = 10000;

    /** INSERT INTO table (columns) VALUES ... suffix; suffix is SQL after the VALUES list, such
     *  as "ON CONFLICT (sensor_id, observed_at) DO NOTHING", or empty. table, columns and suffix
     *  are SQL written by the program, never user input. rowsPerStatement 0 picks it from the
     *  backend and the number of columns; any value is capped at kMaxParameters. */
    RowBatch(const Database &db, const QString &table, const QStringList &columns, const QString &suffix = {},
             int rowsPerStatement = 0);
    RowBatch(const RowBatch &) = delete;
    RowBatch &operator=(const RowBatch &) = delete;

    /** One row, its values in the order of the columns (a null QVariant writes NULL). Sends a
     *  statement when rowsPerStatement rows are waiting. False when the store refused this or
     *  an earlier statement, or the row has the wrong number of values. */
    bool add(std::initializer_list<QVariant> row);
    /** Sends the rows still waiting. False when the store refused them or an earlier statement. */
    bool flush();

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    /** Rows the store reports as inserted (fewer than sent when the suffix skips conflicts). */
    qint64 written() const { return m_written; }
    /** Rows added but not sent yet. */
    int pending() const { return int(m_values.size()) / int(m_columns.size()); }
    int rowsPerStatement() const { return m_rowsPerStatement; }

private:
    QString insertSql(int rows) const;
    bool send(QSqlQuery &statement, int rows);

    const Database &m_db;
    QString m_table;
    QStringList m_columns;
    QString m_suffix;
    int m_rowsPerStatement;
    std::vector<QVariant> m_values; // pending rows, row-major
    std::optional<QSqlQuery> m_full; // prepared on first use
    std::optional<QSqlQuery> m_tail; // the last tail statement, reused while flushes have its size
    int m_tailRows = 0;
    qint64 m_written = 0;
    qint64 m_sent = 0; // rows sent before the current statement, for messages
    QString m_error;
};

} // namespace atalaya
