#pragma once

#include <QLoggingCategory>

// One category per subsystem, so a control room can turn on exactly the noise it needs
// (QT_LOGGING_RULES="atalaya.store.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcAnalytics)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcFeeds)
Q_DECLARE_LOGGING_CATEGORY(lcAlerts)
