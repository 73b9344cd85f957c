#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "atalaya.store")
Q_LOGGING_CATEGORY(lcDemo, "atalaya.demo")
Q_LOGGING_CATEGORY(lcAnalytics, "atalaya.analytics")
Q_LOGGING_CATEGORY(lcImport, "atalaya.import")
Q_LOGGING_CATEGORY(lcFeeds, "atalaya.feeds")
Q_LOGGING_CATEGORY(lcAlerts, "atalaya.alerts")
