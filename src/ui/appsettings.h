#pragma once

#include <QHash>
#include <QObject>
#include <QRect>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QtQmlIntegration/qqmlintegration.h>

class QJSEngine;
class QQmlEngine;

namespace atalaya {

/** What the dashboard remembers between runs (theme, page, window geometry, the Hospitals page's
 *  bed type and thresholds), kept in QSettings.
 *  Created in main() and exposed to QML as the singleton AppSettings. */
class AppSettings : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(QString page READ page WRITE setPage NOTIFY pageChanged)
    Q_PROPERTY(QRect windowGeometry READ windowGeometry WRITE setWindowGeometry NOTIFY windowGeometryChanged)
    Q_PROPERTY(bool persistent READ isPersistent WRITE setPersistent NOTIFY persistentChanged)
    /** Hospital availability thresholds, fractions of beds in use (see AvailabilityThresholds). */
    Q_PROPERTY(double bedMediumFrom READ bedMediumFrom NOTIFY bedThresholdsChanged)
    Q_PROPERTY(double bedLowAbove READ bedLowAbove NOTIFY bedThresholdsChanged)
    /** The Hospitals page's bed type, "general" or "icu". */
    Q_PROPERTY(QString bedType READ bedType WRITE setBedType NOTIFY bedTypeChanged)
    /** Colour scales that stay distinct for every kind of colour blindness (viridis). */
    Q_PROPERTY(bool colourBlindPalette READ colourBlindPalette WRITE setColourBlindPalette NOTIFY colourBlindPaletteChanged)
    /** The risk-scheme file the user loaded last; loaded again at start. Empty: presets only. */
    Q_PROPERTY(QString riskSchemeFile READ riskSchemeFile WRITE setRiskSchemeFile NOTIFY riskSchemeFileChanged)
    /** The feeds file read at start when --feeds gives none; empty: no feeds. */
    Q_PROPERTY(QString feedsFile READ feedsFile WRITE setFeedsFile NOTIFY feedsFileChanged)
    /** The alert rules file read at start when --rules gives none; empty: the default one. */
    Q_PROPERTY(QString alertRulesFile READ alertRulesFile WRITE setAlertRulesFile NOTIFY alertRulesFileChanged)
    /** Pages shown in their own windows (for a second or third screen), reopened at start. */
    Q_PROPERTY(QStringList detachedPages READ detachedPages WRITE setDetachedPages NOTIFY detachedPagesChanged)
    /** The store opened at start when --db is not given: an SQLite file or a postgresql:// URL
     *  (never with a password); empty = the embedded store in the user's data folder. */
    Q_PROPERTY(QString storeLocation READ storeLocation NOTIFY storeLocationChanged)
    /** Presentation mode's playlist: the pages it cycles through, in order. */
    Q_PROPERTY(QStringList presentationPages READ presentationPages WRITE setPresentationPages NOTIFY presentationChanged)
    /** Seconds each page of the playlist stays on screen (kMinPresentationSeconds..kMaxPresentationSeconds). */
    Q_PROPERTY(int presentationSeconds READ presentationSeconds WRITE setPresentationSeconds NOTIFY presentationChanged)

public:
    /** Reads the saved values (organisation and application names come from QCoreApplication). */
    explicit AppSettings(QObject *parent = nullptr);

    QString theme() const { return m_theme; }
    /** "dark" or "light"; anything else is ignored. */
    void setTheme(const QString &theme);
    QString page() const { return m_page; }
    /** "overview", "map" or "hospitals"; anything else is ignored. */
    void setPage(const QString &page);
    QRect windowGeometry() const { return m_windowGeometry; }
    void setWindowGeometry(const QRect &geometry);
    /** When false, changes stay in memory and nothing is written back (screenshots, tests). */
    bool isPersistent() const { return m_persistent; }
    void setPersistent(bool persistent);

    double bedMediumFrom() const { return m_bedMediumFrom; }
    double bedLowAbove() const { return m_bedLowAbove; }
    /** Saves both thresholds; refused (false) unless 0 < mediumFrom < lowAbove < 1. */
    bool setBedThresholds(double mediumFrom, double lowAbove);
    QString bedType() const { return m_bedType; }
    /** "general" or "icu"; anything else is ignored. */
    void setBedType(const QString &type);
    bool colourBlindPalette() const { return m_colourBlindPalette; }
    void setColourBlindPalette(bool on);
    QString riskSchemeFile() const { return m_riskSchemeFile; }
    void setRiskSchemeFile(const QString &path);
    QString feedsFile() const { return m_feedsFile; }
    void setFeedsFile(const QString &path);
    QString alertRulesFile() const { return m_alertRulesFile; }
    void setAlertRulesFile(const QString &path);

    QString storeLocation() const { return m_storeLocation; }
    /** Saves the store to open at the next start; "" when saved, else why not (a URL that
     *  cannot be used, one with a password: those are never written to the settings file).
     *  Empty text goes back to the embedded store. */
    Q_INVOKABLE QString setStoreLocation(const QString &location);
    /** What setStoreLocation() would say, without saving (the dialog checks as one types). */
    Q_INVOKABLE QString checkStoreLocation(const QString &location) const;
    /** The saved store location, read before the window exists (main() opens the store first). */
    static QString savedStoreLocation();

    static constexpr int kMinPresentationSeconds = 5;
    static constexpr int kMaxPresentationSeconds = 600;
    QStringList detachedPages() const { return m_detachedPages; }
    /** Known pages only, each once, in the given order. */
    void setDetachedPages(const QStringList &pages);
    /** Where a detached page's window was (an invalid rect before it was ever placed). */
    Q_INVOKABLE QRect detachedGeometry(const QString &page) const;
    Q_INVOKABLE void setDetachedGeometry(const QString &page, const QRect &geometry);
    /** Adds or removes a page from detachedPages. */
    Q_INVOKABLE void setPageDetached(const QString &page, bool detached);
    QStringList presentationPages() const { return m_presentationPages; }
    /** Known pages only, each once; an empty list is refused (the playlist needs a page). */
    void setPresentationPages(const QStringList &pages);
    int presentationSeconds() const { return m_presentationSeconds; }
    /** Clamped to kMinPresentationSeconds..kMaxPresentationSeconds. */
    void setPresentationSeconds(int seconds);
    /** Whether a name is one of the dashboard's pages. */
    Q_INVOKABLE bool isKnownPage(const QString &page) const;

    /** Flips between the dark and the light theme. */
    Q_INVOKABLE void toggleTheme();

    static void setInstance(AppSettings *instance);
    static AppSettings *instance();

Q_SIGNALS:
    void themeChanged();
    void pageChanged();
    void windowGeometryChanged();
    void persistentChanged();
    void bedThresholdsChanged();
    void bedTypeChanged();
    void colourBlindPaletteChanged();
    void riskSchemeFileChanged();
    void feedsFileChanged();
    void alertRulesFileChanged();
    void storeLocationChanged();
    void detachedPagesChanged();
    void detachedGeometryChanged();
    void presentationChanged();

private:
    void write(const QString &key, const QVariant &value);

    QString m_theme = QStringLiteral("dark");
    QString m_page = QStringLiteral("overview");
    QRect m_windowGeometry;
    double m_bedMediumFrom = 0.25;
    double m_bedLowAbove = 0.80;
    QString m_bedType = QStringLiteral("general");
    QString m_riskSchemeFile;
    QString m_feedsFile;
    QString m_alertRulesFile;
    QString m_storeLocation;
    QStringList m_detachedPages;
    QHash<QString, QRect> m_detachedGeometries;
    QStringList m_presentationPages{QStringLiteral("overview"), QStringLiteral("map"), QStringLiteral("hospitals"),
                                    QStringLiteral("epidemic"), QStringLiteral("occupancy")};
    int m_presentationSeconds = 30;
    bool m_colourBlindPalette = false;
    bool m_persistent = true;
};

/** Exposes the AppSettings made in main() as the QML singleton AppSettings. */
struct AppSettingsForeign
{
    Q_GADGET
    QML_FOREIGN(atalaya::AppSettings)
    QML_SINGLETON
    QML_NAMED_ELEMENT(AppSettings)

public:
    static AppSettings *create(QQmlEngine *, QJSEngine *engine);
};

} // namespace atalaya
