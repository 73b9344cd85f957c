#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QtGlobal>

#include <functional>

namespace atalaya {

class Database;

/** What the demo city is generated from: the same seed and anchor give the same store, byte
 *  for byte. */
struct DemoCityOptions {
    quint64 seed = 1;
    QDateTime anchor; // UTC; every history ends here; invalid = now (the only wall-clock read)
};

/** Writes "Puerto Atalaya", a fictional coastal city of about 600,000 people, into a store:
 *  basemap, regions, services, hospitals with bed reports, two years of epidemic figures and
 *  90 days of occupancy readings. */
class DemoCity
{
    Q_DECLARE_TR_FUNCTIONS(DemoCity) // progress stages and errors are shown to users

public:
    using Progress = std::function<void(double fraction, const QString &stage)>;

    /** Writes the demo city into a freshly migrated, empty store in one transaction. Returns
     *  false and sets *error on failure (or if the store already holds data); the store is
     *  then untouched. */
    static bool generate(Database &db, const DemoCityOptions &options, const Progress &progress = {},
                         QString *error = nullptr);

    /** Whether the store holds a city (meta 'city_name' is set). */
    static bool storeHasCity(const Database &db);

    /** Bumped whenever the same seed and anchor would produce different content. */
    static constexpr int kGeneratorVersion = 5;
};

} // namespace atalaya
