#pragma once

#include <QDate>

namespace atalaya {

class Database;

/** The city-wide last day, on or before `day`, for which any neighbourhood reported cases;
 *  invalid when none did. Every figure that ends a window "on the last reported day" uses it,
 *  so the headline cases and the district table describe the same week. */
QDate lastReportedEpidemicDay(const Database &db, const QDate &day);

} // namespace atalaya
