pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// The main window: header (city, time cursor), navigation rail, the pages, status bar.
// Ctrl+1 Overview, Ctrl+2 Map, Ctrl+3 Hospitals, Ctrl+4 Epidemic, Ctrl+5 Occupancy, Ctrl+6 Feeds, Ctrl+T theme, Ctrl+L live, Alt(+Shift)+Left/Right step time.
ApplicationWindow {
    id: root
    objectName: "mainWindow"

    readonly property list<string> pageNames: ["overview", "map", "hospitals", "epidemic", "occupancy", "feeds"]
    readonly property int pageIndex: Math.max(0, root.pageNames.indexOf(AppSettings.page))

    function showPage(index: int) {
        AppSettings.page = root.pageNames[index]
    }

    width: AppSettings.windowGeometry.width > 0 ? AppSettings.windowGeometry.width : Theme.defaultWindowWidth
    height: AppSettings.windowGeometry.height > 0 ? AppSettings.windowGeometry.height : Theme.defaultWindowHeight
    minimumWidth: Theme.minimumWindowWidth
    minimumHeight: Theme.minimumWindowHeight
    visible: true
    title: Dashboard.cityName.length > 0 ? qsTr("Atalaya — %1").arg(Dashboard.cityName) : qsTr("Atalaya")
    color: Theme.background

    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceRaised
    palette.text: Theme.text
    palette.button: Theme.surfaceRaised
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.onAccent
    palette.brightText: Theme.text
    palette.mid: Theme.border
    palette.dark: Theme.border
    palette.light: Theme.surfaceSelected
    palette.toolTipBase: Theme.surfaceRaised
    palette.toolTipText: Theme.text
    palette.placeholderText: Theme.textMuted
    palette.disabled.buttonText: Theme.textDisabled
    palette.disabled.windowText: Theme.textDisabled
    palette.disabled.text: Theme.textDisabled

    function loadPage(index: int) {
        const loaders = [null, mapLoader, hospitalsLoader, epidemicLoader, occupancyLoader, feedsLoader]
        if (loaders[index])
            loaders[index].active = true
    }

    onPageIndexChanged: root.loadPage(root.pageIndex)
    // Only the page on screen follows each move of the time cursor at once; the others catch up
    // when shown.
    Binding {
        target: Dashboard
        property: "shownPage"
        value: root.pageNames[root.pageIndex]
    }
    Component.onCompleted: {
        root.loadPage(root.pageIndex)
        const saved = AppSettings.windowGeometry
        if (saved.width > 0 && saved.height > 0) {
            root.x = saved.x
            root.y = saved.y
        }
    }
    onClosing: AppSettings.windowGeometry = Qt.rect(root.x, root.y, root.width, root.height)

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
        sequence: "Ctrl+T"
        onActivated: AppSettings.toggleTheme()
    }

    header: Rectangle {
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
            TimeCursorBar {
                cursor: Dashboard.timeCursor
            }
        }
    }

    footer: StatusBar {
        figures: Dashboard.figures
        databasePath: Dashboard.databasePath
        ready: Dashboard.ready
        feeds: Dashboard.feeds
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

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
                { title: qsTr("Feeds"), glyph: "⇄" }
            ]
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

            StackLayout {
                id: pages
                objectName: "pages"
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
            }
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
