#include "appsettings.h"

#include "store/storelocation.h"

#include <QDir>
#include <QFileInfo>
#include <QJSEngine>
#include <QPointer>

#include <algorithm>

namespace atalaya {

namespace {

QPointer<AppSettings> s_instance;

const QString kTheme = QStringLiteral("ui/theme");
const QString kPage = QStringLiteral("ui/page");
const QString kWindowGeometry = QStringLiteral("ui/windowGeometry");
const QString kBedMediumFrom = QStringLiteral("hospitals/mediumFrom");
const QString kBedLowAbove = QStringLiteral("hospitals/lowAbove");
const QString kBedType = QStringLiteral("hospitals/bedType");
const QString kColourBlindPalette = QStringLiteral("display/colourBlindPalette");
const QString kRiskSchemeFile = QStringLiteral("epidemic/riskSchemeFile");
const QString kFeedsFile = QStringLiteral("feeds/file");
const QString kAlertRulesFile = QStringLiteral("alerts/rulesFile");
const QString kStoreLocation = QStringLiteral("store/location");
const QString kDetachedPages = QStringLiteral("ui/detachedPages");
const QString kDetachedGeometry = QStringLiteral("ui/detachedGeometry/");
const QString kPresentationPages = QStringLiteral("presentation/pages");
const QString kPresentationSeconds = QStringLiteral("presentation/seconds");

bool isTheme(const QString &theme)
{
    return theme == QLatin1String("dark") || theme == QLatin1String("light");
}

bool isPage(const QString &page)
{
    return page == QLatin1String("overview") || page == QLatin1String("map") || page == QLatin1String("hospitals")
        || page == QLatin1String("epidemic") || page == QLatin1String("occupancy")
        || page == QLatin1String("feeds") || page == QLatin1String("alerts");
}

// Known pages, each once, in the order given: a settings file edited by hand or written by a newer
// version with pages this one lacks must not open empty windows.
QStringList knownPages(const QStringList &pages)
{
    QStringList kept;
    for (const QString &page : pages) {
        if (isPage(page) && !kept.contains(page))
            kept.append(page);
    }
    return kept;
}

bool isBedType(const QString &type)
{
    return type == QLatin1String("general") || type == QLatin1String("icu");
}

bool areBedThresholds(double mediumFrom, double lowAbove)
{
    return 0 < mediumFrom && mediumFrom < lowAbove && lowAbove < 1;
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
    const QSettings settings;
    const QString theme = settings.value(kTheme).toString();
    if (isTheme(theme))
        m_theme = theme;
    const QString page = settings.value(kPage).toString();
    if (isPage(page))
        m_page = page;
    const QRect geometry = settings.value(kWindowGeometry).toRect();
    if (geometry.isValid())
        m_windowGeometry = geometry;
    bool mediumOk = false;
    bool lowOk = false;
    const double mediumFrom = settings.value(kBedMediumFrom).toDouble(&mediumOk);
    const double lowAbove = settings.value(kBedLowAbove).toDouble(&lowOk);
    if (mediumOk && lowOk && areBedThresholds(mediumFrom, lowAbove)) {
        m_bedMediumFrom = mediumFrom;
        m_bedLowAbove = lowAbove;
    }
    const QString bedType = settings.value(kBedType).toString();
    if (isBedType(bedType))
        m_bedType = bedType;
    m_colourBlindPalette = settings.value(kColourBlindPalette, false).toBool();
    m_riskSchemeFile = settings.value(kRiskSchemeFile).toString();
    m_feedsFile = settings.value(kFeedsFile).toString();
    m_alertRulesFile = settings.value(kAlertRulesFile).toString();
    m_storeLocation = savedStoreLocation();
    m_detachedPages = knownPages(settings.value(kDetachedPages).toStringList());
    for (const QString &page : std::as_const(m_detachedPages)) {
        const QRect placed = settings.value(kDetachedGeometry + page).toRect();
        if (placed.isValid())
            m_detachedGeometries.insert(page, placed);
    }
    const QStringList playlist = knownPages(settings.value(kPresentationPages).toStringList());
    if (!playlist.isEmpty())
        m_presentationPages = playlist;
    bool secondsOk = false;
    const int seconds = settings.value(kPresentationSeconds).toInt(&secondsOk);
    if (secondsOk)
        m_presentationSeconds = std::clamp(seconds, kMinPresentationSeconds, kMaxPresentationSeconds);
}

bool AppSettings::isKnownPage(const QString &page) const
{
    return isPage(page);
}

void AppSettings::setDetachedPages(const QStringList &pages)
{
    const QStringList kept = knownPages(pages);
    if (kept == m_detachedPages)
        return;
    m_detachedPages = kept;
    write(kDetachedPages, m_detachedPages);
    Q_EMIT detachedPagesChanged();
}

void AppSettings::setPageDetached(const QString &page, bool detached)
{
    QStringList pages = m_detachedPages;
    if (detached && !pages.contains(page))
        pages.append(page);
    else if (!detached)
        pages.removeAll(page);
    setDetachedPages(pages);
}

QRect AppSettings::detachedGeometry(const QString &page) const
{
    return m_detachedGeometries.value(page);
}

void AppSettings::setDetachedGeometry(const QString &page, const QRect &geometry)
{
    if (!isPage(page) || !geometry.isValid() || m_detachedGeometries.value(page) == geometry)
        return;
    m_detachedGeometries.insert(page, geometry);
    write(kDetachedGeometry + page, geometry);
    Q_EMIT detachedGeometryChanged();
}

void AppSettings::setPresentationPages(const QStringList &pages)
{
    const QStringList kept = knownPages(pages);
    if (kept.isEmpty() || kept == m_presentationPages)
        return;
    m_presentationPages = kept;
    write(kPresentationPages, m_presentationPages);
    Q_EMIT presentationChanged();
}

void AppSettings::setPresentationSeconds(int seconds)
{
    const int clamped = std::clamp(seconds, kMinPresentationSeconds, kMaxPresentationSeconds);
    if (clamped == m_presentationSeconds)
        return;
    m_presentationSeconds = clamped;
    write(kPresentationSeconds, m_presentationSeconds);
    Q_EMIT presentationChanged();
}

bool AppSettings::setBedThresholds(double mediumFrom, double lowAbove)
{
    if (!areBedThresholds(mediumFrom, lowAbove))
        return false;
    if (mediumFrom == m_bedMediumFrom && lowAbove == m_bedLowAbove)
        return true;
    m_bedMediumFrom = mediumFrom;
    m_bedLowAbove = lowAbove;
    write(kBedMediumFrom, m_bedMediumFrom);
    write(kBedLowAbove, m_bedLowAbove);
    Q_EMIT bedThresholdsChanged();
    return true;
}

void AppSettings::setBedType(const QString &type)
{
    if (!isBedType(type) || type == m_bedType)
        return;
    m_bedType = type;
    write(kBedType, m_bedType);
    Q_EMIT bedTypeChanged();
}

void AppSettings::setColourBlindPalette(bool on)
{
    if (on == m_colourBlindPalette)
        return;
    m_colourBlindPalette = on;
    write(kColourBlindPalette, m_colourBlindPalette);
    Q_EMIT colourBlindPaletteChanged();
}

void AppSettings::setRiskSchemeFile(const QString &path)
{
    if (path == m_riskSchemeFile)
        return;
    m_riskSchemeFile = path;
    write(kRiskSchemeFile, m_riskSchemeFile);
    Q_EMIT riskSchemeFileChanged();
}

void AppSettings::setFeedsFile(const QString &path)
{
    if (path == m_feedsFile)
        return;
    m_feedsFile = path;
    write(kFeedsFile, m_feedsFile);
    Q_EMIT feedsFileChanged();
}

QString AppSettings::checkStoreLocation(const QString &location) const
{
    const QString trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return {};
    const StoreLocation parsed = StoreLocation::parse(trimmed);
    if (!parsed.isValid())
        return parsed.error();
    if (!parsed.isPostgres() && QFileInfo(trimmed).isDir())
        return tr("%1 is a folder; give the path of a store file in it (e.g. %2).")
            .arg(trimmed, QDir(trimmed).filePath(QStringLiteral("atalaya.db")));
    return {};
}

QString AppSettings::setStoreLocation(const QString &location)
{
    const QString error = checkStoreLocation(location);
    if (!error.isEmpty())
        return error;
    const QString trimmed = location.trimmed();
    if (trimmed == m_storeLocation)
        return {};
    m_storeLocation = trimmed;
    write(kStoreLocation, m_storeLocation);
    Q_EMIT storeLocationChanged();
    return {};
}

QString AppSettings::savedStoreLocation()
{
    const QString saved = QSettings().value(kStoreLocation).toString().trimmed();
    // A value edited into the file by hand is checked like a typed one: a URL with a password (or
    // otherwise unusable) is ignored rather than used or repeated.
    return saved.isEmpty() || StoreLocation::parse(saved).isValid() ? saved : QString();
}

void AppSettings::setAlertRulesFile(const QString &path)
{
    if (path == m_alertRulesFile)
        return;
    m_alertRulesFile = path;
    write(kAlertRulesFile, m_alertRulesFile);
    Q_EMIT alertRulesFileChanged();
}

void AppSettings::setTheme(const QString &theme)
{
    if (!isTheme(theme) || theme == m_theme)
        return;
    m_theme = theme;
    write(kTheme, m_theme);
    Q_EMIT themeChanged();
}

void AppSettings::setPage(const QString &page)
{
    if (!isPage(page) || page == m_page)
        return;
    m_page = page;
    write(kPage, m_page);
    Q_EMIT pageChanged();
}

void AppSettings::setWindowGeometry(const QRect &geometry)
{
    if (geometry == m_windowGeometry)
        return;
    m_windowGeometry = geometry;
    write(kWindowGeometry, m_windowGeometry);
    Q_EMIT windowGeometryChanged();
}

void AppSettings::setPersistent(bool persistent)
{
    if (persistent == m_persistent)
        return;
    m_persistent = persistent;
    Q_EMIT persistentChanged();
}

void AppSettings::toggleTheme()
{
    setTheme(m_theme == QLatin1String("dark") ? QStringLiteral("light") : QStringLiteral("dark"));
}

void AppSettings::write(const QString &key, const QVariant &value)
{
    if (!m_persistent)
        return;
    QSettings settings;
    settings.setValue(key, value);
}

void AppSettings::setInstance(AppSettings *instance)
{
    s_instance = instance;
}

AppSettings *AppSettings::instance()
{
    return s_instance;
}

AppSettings *AppSettingsForeign::create(QQmlEngine *, QJSEngine *engine)
{
    Q_ASSERT_X(s_instance, "AppSettings", "main() must call AppSettings::setInstance before loading QML");
    // The engine must not delete the object main() owns.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    Q_ASSERT(!engine || s_instance->thread() == engine->thread());
    return s_instance;
}

} // namespace atalaya
