pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// The main window: header (city, time cursor), navigation rail, the pages, status bar.
// Ctrl+1 Overview, Ctrl+2 Map, Ctrl+3 Hospitals, Ctrl+4 Epidemic, Ctrl+5 Occupancy, Ctrl+6 Feeds, Ctrl+7 Alerts, Ctrl+T theme, Ctrl+L live, Alt(+Shift)+Left/Right step time.
ApplicationWindow {
    id: root
    objectName: "mainWindow"

    readonly property list<string> pageNames: ["overview", "map", "hospitals", "epidemic", "occupancy", "feeds", "alerts"]
    readonly property int pageIndex: Math.max(0, root.pageNames.indexOf(AppSettings.page))

    function showPage(index: int) {
        AppSettings.page = root.pageNames[index]
    }

    // Pages shown in their own windows (remembered in AppSettings) and presentation mode (F5).
    readonly property string currentPageName: root.pageNames[root.pageIndex]
    readonly property bool currentDetached: AppSettings.detachedPages.indexOf(root.currentPageName) >= 0
    // False for a scripted screenshot: presentation then fills the window at its given size.
    property bool fullScreenPresentation: true
    property int visibilityBeforePresentation: Window.Windowed
    property bool quitting: false

    function pageTitle(name: string): string {
        const index = root.pageNames.indexOf(name)
        return index >= 0 && index < rail.pages.length ? rail.pages[index].title : name
    }
    function setDetached(name: string, detached: bool) {
        AppSettings.setPageDetached(name, detached)
    }
    function detachedWindow(name: string): var {
        for (let i = 0; i < detachedWindows.count; ++i) {
            const window = detachedWindows.objectAt(i) as DetachedPageWindow
            if (window && window.page === name)
                return window
        }
        return null
    }
    function startPresentation() {
        if (presentation.active)
            return
        root.visibilityBeforePresentation = root.visibility
        presentation.start()
        if (root.fullScreenPresentation)
            root.showFullScreen()
    }
    function stopPresentation() {
        if (!presentation.active)
            return
        presentation.stop()
        if (root.fullScreenPresentation)
            root.visibility = root.visibilityBeforePresentation === Window.FullScreen ? Window.Windowed
                                                                                      : root.visibilityBeforePresentation
    }

    width: AppSettings.windowGeometry.width > 0 ? AppSettings.windowGeometry.width : Theme.defaultWindowWidth
    height: AppSettings.windowGeometry.height > 0 ? AppSettings.windowGeometry.height : Theme.defaultWindowHeight
    minimumWidth: Theme.minimumWindowWidth
    minimumHeight: Theme.minimumWindowHeight
    visible: true
    title: Dashboard.cityName.length > 0 ? qsTr("Atalaya — %1").arg(Dashboard.cityName) : qsTr("Atalaya")
    color: Theme.background

    palette.window: Theme.background
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceRaised
    palette.button: Theme.surfaceRaised
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.onAccent
    palette.mid: Theme.border
    palette.dark: Theme.border
    palette.light: Theme.surfaceSelected
    palette.toolTipBase: Theme.surfaceRaised
    palette.toolTipText: Theme.text
    palette.placeholderText: Theme.textMuted
    // Text colours differ for disabled controls, so they are set group by group: a binding to
    // every group (palette.buttonText) may be evaluated after palette.disabled.buttonText and
    // overwrite it, and a viewer's disabled buttons looked like enabled ones.
    palette.active.windowText: Theme.text
    palette.inactive.windowText: Theme.text
    palette.disabled.windowText: Theme.textDisabled
    palette.active.text: Theme.text
    palette.inactive.text: Theme.text
    palette.disabled.text: Theme.textDisabled
    palette.active.buttonText: Theme.text
    palette.inactive.buttonText: Theme.text
    palette.disabled.buttonText: Theme.textDisabled
    palette.active.brightText: Theme.text // a highlighted or checked button's text
    palette.inactive.brightText: Theme.text
    palette.disabled.brightText: Theme.textDisabled

    function loadPage(index: int) {
        const loaders = [null, mapLoader, hospitalsLoader, epidemicLoader, occupancyLoader, feedsLoader, alertsLoader]
        if (loaders[index])
            loaders[index].active = true
    }

    onPageIndexChanged: root.loadPage(root.pageIndex)
    // Only the page on screen follows each move of the time cursor at once; the others catch up
    // when shown.
    Binding {
        target: Dashboard
        property: "shownPage"
        value: presentation.active ? presentation.currentPage : root.pageNames[root.pageIndex]
    }
    // Pages in their own windows follow the time cursor too.
    Binding {
        target: Dashboard
        property: "shownPages"
        value: AppSettings.detachedPages
    }
    Component.onCompleted: {
        root.loadPage(root.pageIndex)
        const saved = AppSettings.windowGeometry
        if (saved.width > 0 && saved.height > 0) {
            root.x = saved.x
            root.y = saved.y
        }
    }
    onClosing: {
        if (!presentation.active || !root.fullScreenPresentation)
            AppSettings.windowGeometry = Qt.rect(root.x, root.y, root.width, root.height)
        // Detached windows close with the application and stay detached for the next start.
        root.quitting = true
        for (let i = 0; i < detachedWindows.count; ++i) {
            const window = detachedWindows.objectAt(i) as DetachedPageWindow
            if (window)
                window.saveGeometry()
        }
        Qt.callLater(Qt.quit)
    }

    Shortcut {
        sequence: "Ctrl+1"
        onActivated: root.showPage(0)
    }
    Shortcut {
        sequence: "Ctrl+2"
        onActivated: root.showPage(1)
    }
    Shortcut {
        sequence: "Ctrl+3"
        onActivated: root.showPage(2)
    }
    Shortcut {
        sequence: "Ctrl+4"
        onActivated: root.showPage(3)
    }
    Shortcut {
        sequence: "Ctrl+5"
        onActivated: root.showPage(4)
    }
    Shortcut {
        sequence: "Ctrl+6"
        onActivated: root.showPage(root.pageNames.indexOf("feeds"))
    }
    Shortcut {
        sequence: "Ctrl+7"
        onActivated: root.showPage(root.pageNames.indexOf("alerts"))
    }
    Shortcut {
        sequence: "Ctrl+T"
        onActivated: AppSettings.toggleTheme()
    }
    Shortcut {
        sequence: "F5"
        onActivated: presentation.active ? root.stopPresentation() : root.startPresentation()
    }
    Shortcut {
        sequence: "Ctrl+Shift+D"
        enabled: !presentation.active
        onActivated: root.setDetached(root.currentPageName, !root.currentDetached)
    }

    header: Rectangle {
        visible: !presentation.active
        implicitHeight: Theme.headerHeight
        color: Theme.surface
        Rectangle {
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            height: Theme.borderWidth
            color: Theme.border
        }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingL
            anchors.rightMargin: Theme.spacingL
            spacing: Theme.spacingL

            Text {
                text: qsTr("Atalaya")
                color: Theme.accent
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
            }
            Text {
                objectName: "cityName"
                Layout.fillWidth: true
                text: Dashboard.cityName
                color: Theme.text
                font.pixelSize: Theme.fontHeading
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: Dashboard.cityName
            }
            Button {
                objectName: "detachPage"
                text: qsTr("⧉ Own window")
                Accessible.name: qsTr("Show %1 in its own window (Ctrl+Shift+D)").arg(root.pageTitle(root.currentPageName))
                ToolTip.visible: hovered
                ToolTip.delay: Theme.toolTipDelay
                ToolTip.text: Accessible.name
                enabled: !root.currentDetached
                onClicked: root.setDetached(root.currentPageName, true)
            }
            Button {
                objectName: "startPresentation"
                text: qsTr("▶ Present")
                Accessible.name: qsTr("Presentation mode (F5)")
                ToolTip.visible: hovered
                ToolTip.delay: Theme.toolTipDelay
                ToolTip.text: qsTr("Full screen, large type, cycling through the chosen pages (F5)")
                onClicked: root.startPresentation()
            }
            TimeCursorBar {
                cursor: Dashboard.timeCursor
            }
        }
    }

    footer: StatusBar {
        visible: !presentation.active
        figures: Dashboard.figures
        databasePath: Dashboard.databasePath
        ready: Dashboard.ready
        feeds: Dashboard.feeds
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        // Under presentation mode: not drawn at all (the presented pages are their own).
        visible: !presentation.active

        NavigationRail {
            id: rail
            objectName: "navigationRail"
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.railWidth
            pages: [
                { title: qsTr("Overview"), glyph: "▦" },
                { title: qsTr("Map"), glyph: "◈" },
                { title: qsTr("Hospitals"), glyph: "✚" },
                { title: qsTr("Epidemic"), glyph: "∿" },
                { title: qsTr("Occupancy"), glyph: "◍" },
                { title: qsTr("Feeds"), glyph: "⇄" },
                { title: qsTr("Alerts"), glyph: "⚠" }
            ]
            badges: ({ [root.pageNames.indexOf("alerts")]: { count: Dashboard.alerts.unacknowledgedCount,
                                                             name: Dashboard.alerts.badgeText } })
            currentIndex: root.pageIndex
            onActivated: index => root.showPage(index)
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ErrorBanner {
                objectName: "errorBanner"
                Layout.fillWidth: true
                Layout.margins: Theme.spacingS
                message: Dashboard.errorMessage
            }

            DetachedPagePlaceholder {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: root.currentDetached
                pageTitle: root.pageTitle(root.currentPageName)
                onBringBack: root.setDetached(root.currentPageName, false)
                onShowWindow: {
                    const window = root.detachedWindow(root.currentPageName)
                    if (window) {
                        window.raise()
                        window.requestActivate()
                    }
                }
            }

            StackLayout {
                id: pages
                objectName: "pages"
                visible: !root.currentDetached
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: root.pageIndex

                OverviewPage {}
                // Built the first time it is shown, then kept: start-up pays only for the page
                // a user sees first, and the map keeps its view when they come back to it.
                Loader {
                    id: mapLoader
                    active: false
                    sourceComponent: MapPage {}
                }
                Loader {
                    id: hospitalsLoader
                    active: false
                    sourceComponent: HospitalsPage {}
                }
                Loader {
                    id: epidemicLoader
                    active: false
                    sourceComponent: EpidemicPage {}
                }
                Loader {
                    id: occupancyLoader
                    active: false
                    sourceComponent: OccupancyPage {}
                }
                Loader {
                    id: feedsLoader
                    active: false
                    sourceComponent: FeedsPage {}
                }
                Loader {
                    id: alertsLoader
                    active: false
                    sourceComponent: AlertsPage {}
                }
            }
        }
    }

    // One window per detached page; bringing a page back (or closing its window) removes it.
    Instantiator {
        id: detachedWindows
        model: AppSettings.detachedPages
        delegate: DetachedPageWindow {
            id: detached
            required property string modelData
            page: detached.modelData
            pageTitle: root.pageTitle(detached.modelData)
            quitting: root.quitting
            onBringBack: name => root.setDetached(name, false)
        }
    }

    PresentationView {
        id: presentation
        anchors.fill: parent
        z: 10
        onExitRequested: root.stopPresentation()
    }

    // A new alert's notification, on every page; it blocks nothing and opens the alert centre.
    AlertToast {
        id: alertToast
        anchors { right: parent.right; top: parent.top; margins: Theme.spacingL }
        z: 11
        onOpenRequested: alertId => {
            // The alert is new now: a replayed past would not show it.
            if (!Dashboard.timeCursor.live)
                Dashboard.timeCursor.goLive()
            root.showPage(root.pageNames.indexOf("alerts"))
            alertsLoader.active = true
            const page = alertsLoader.item as AlertsPage
            if (page)
                page.openAlert(alertId)
        }
    }
    Connections {
        target: Dashboard.alerts
        function onNewAlert(alertId: var, severityKey: string, severityText: string, title: string, message: string) {
            alertToast.show(alertId, severityKey, severityText, title, message)
        }
    }

    PreparingOverlay {
        objectName: "preparingOverlay"
        anchors.fill: parent
        visible: Dashboard.preparing
        progress: Dashboard.progress
        stage: Dashboard.progressStage
    }
}
