#pragma once

// A fingerprint of a store's content, for tests and benches that must tell whether two stores
// (two generations of the demo city, an SQLite and a PostgreSQL copy) hold the same rows.

#include "store/database.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace atalaya::test {

/** SHA-256 (hex) of every value of tables, each given as "name ORDER BY key" so that row order
 *  is fixed, in the order given: NULL spelled out, doubles to 17 significant digits, so equal
 *  digests mean equal values on either backend. Empty when a query fails. */
inline QByteArray storeDigest(const Database &db, const QStringList &tables)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : tables) {
        QSqlQuery q = db.prepare(QStringLiteral("SELECT * FROM ") + table);
        q.setForwardOnly(true);
        if (!Database::exec(q))
            return {};
        hash.addData(table.toUtf8());
        while (q.next()) {
            for (int c = 0; c < q.record().count(); ++c) {
                const QVariant v = q.value(c);
                const QString text = v.isNull() ? QStringLiteral("NULL")
                    : v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'g', 17)
                                                      : v.toString();
                hash.addData(text.toUtf8());
                hash.addData("\x1f");
            }
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

} // namespace atalaya::test
