#pragma once

#include "alertrule.h"

#include <QByteArray>
#include <QList>

namespace atalaya::alerts {

/** The demo city's alert rules as a rules file (docs/alert-rules.md): beaches past their closing
 *  line, a silent counter, ICU beds running out, a district's 7-day incidence over 100 for three
 *  days running, unusual crowds and crowds on the beach strip. The demo store is backfilled with
 *  them, and the app starts with them when no rules file is chosen. */
QByteArray demoRulesJson();
QList<Rule> demoRules();

} // namespace atalaya::alerts
