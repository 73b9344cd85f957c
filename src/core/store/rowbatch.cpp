#include "rowbatch.h"

#include "database.h"
#include "logging.h"

#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace atalaya {

RowBatch::RowBatch(const Database &db, const QString &table, const QStringList &columns, const QString &suffix,
                   int rowsPerStatement)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_suffix(suffix)
    , m_rowsPerStatement(std::clamp(rowsPerStatement > 0 ? rowsPerStatement
                                                         : (db.isPostgres() ? kPostgresParameters : kSqliteParameters)
                                                               / int(std::max<qsizetype>(1, columns.size())),
                                    1, kMaxParameters / int(std::max<qsizetype>(1, columns.size()))))
{
    if (m_columns.isEmpty()) {
        m_columns.append(QString()); // keeps pending() defined; nothing can be added
        m_error = tr("no columns were named for the rows of %1").arg(table);
        qCCritical(lcStore).noquote() << m_error;
        return;
    }
    m_values.reserve(std::size_t(m_rowsPerStatement) * std::size_t(m_columns.size()));
}

QString RowBatch::insertSql(int rows) const
{
    QString row = u"(?"_s;
    for (qsizetype c = 1; c < m_columns.size(); ++c)
        row += u",?"_s;
    row += u')';
    QString sql = u"INSERT INTO %1 (%2) VALUES "_s.arg(m_table, m_columns.join(u", "_s));
    sql.reserve(sql.size() + rows * (row.size() + 1) + m_suffix.size() + 1);
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += u',';
        sql += row;
    }
    if (!m_suffix.isEmpty())
        sql += u' ' + m_suffix;
    return sql;
}

bool RowBatch::add(std::initializer_list<QVariant> row)
{
    if (!m_error.isEmpty())
        return false;
    if (qsizetype(row.size()) != m_columns.size()) {
        m_error = tr("a row for %1 has %2 values for %3 columns")
                      .arg(m_table)
                      .arg(row.size())
                      .arg(m_columns.size());
        qCCritical(lcStore).noquote() << m_error;
        return false;
    }
    m_values.insert(m_values.end(), row.begin(), row.end());
    if (pending() < m_rowsPerStatement)
        return true;
    if (!m_full) {
        m_full = m_db.prepare(insertSql(m_rowsPerStatement));
        m_full->setForwardOnly(true);
    }
    return send(*m_full, m_rowsPerStatement);
}

bool RowBatch::flush()
{
    if (!m_error.isEmpty())
        return false;
    const int rows = pending();
    if (rows == 0)
        return true;
    if (rows == m_rowsPerStatement && m_full)
        return send(*m_full, rows);
    if (!m_tail || m_tailRows != rows) {
        m_tail = m_db.prepare(insertSql(rows));
        m_tail->setForwardOnly(true);
        m_tailRows = rows;
    }
    return send(*m_tail, rows);
}

bool RowBatch::send(QSqlQuery &statement, int rows)
{
    for (std::size_t i = 0; i < m_values.size(); ++i)
        statement.bindValue(int(i), m_values[i]);
    m_values.clear();
    if (!statement.exec()) {
        // The rows are counted from 1 in the order they were added, so a caller can find the one
        // that broke a constraint.
        m_error = tr("the store did not take rows %1 to %2 of %3: %4")
                      .arg(m_sent + 1)
                      .arg(m_sent + rows)
                      .arg(m_table, statement.lastError().text());
        qCWarning(lcStore).noquote() << m_error;
        return false;
    }
    m_sent += rows;
    m_written += std::max(0, statement.numRowsAffected());
    return true;
}

} // namespace atalaya
