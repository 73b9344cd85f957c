pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtPositioning
import Atalaya

// The alert centre: the alerts open at the time cursor grouped by severity (shape and word),
// each with its time, place, rule and values; the selected one's detail with its history and
// Acknowledge; the map with every open alert at its place ("Show on map" flies there); the
// alerts resolved in the week before the cursor; and the rules, their problems and their editor.
FocusScope {
    id: root
    objectName: "alertsPage"

    property AlertsPanel panel: Dashboard.alerts

    function select(alertId: var) {
        root.panel.selectedId = alertId
    }
    function showPlace(alertId: var) {
        root.select(alertId)
        const alert = root.panel.selected
        if (alert.hasPlace)
            alertMap.flyTo(QtPositioning.coordinate(alert.lat, alert.lon))
    }
    // Opens an alert from elsewhere (the notification): on the tab that lists it.
    function openAlert(alertId: var) {
        tabs.currentIndex = root.panel.openAlerts.rowOf(alertId) >= 0 || root.panel.resolvedAlerts.rowOf(alertId) < 0 ? 0 : 1
        root.showPlace(alertId)
    }

    // With nothing selected, the detail shows the most severe open alert.
    function selectFirstIfNone() {
        if (root.panel.selectedId === 0 && root.panel.openAlerts.count > 0)
            root.select(root.panel.openAlerts.idAt(0))
    }
    Component.onCompleted: root.selectFirstIfNone()
    Connections {
        target: root.panel.openAlerts
        function onCountChanged() {
            root.selectFirstIfNone()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingL
            Text {
                text: qsTr("Alerts")
                color: Theme.text
                font.pixelSize: Theme.fontHeading
                font.weight: Font.Bold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                objectName: "alertCounts"
                Layout.fillWidth: true
                text: root.panel.openCount === 0
                      ? qsTr("No open alerts")
                      : [qsTr("%1 Critical: %2").arg(Theme.shapeRed).arg(root.panel.criticalCount),
                         qsTr("%1 Warning: %2").arg(Theme.shapeAmber).arg(root.panel.warningCount),
                         qsTr("%1 Information: %2").arg(Theme.shapeOk).arg(root.panel.infoCount),
                         qsTr("Not acknowledged: %1").arg(root.panel.unacknowledgedCount)].join(" · ")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                elide: Text.ElideRight
            }
            Text {
                objectName: "alertsAsOf"
                visible: !root.panel.canAct
                text: qsTr("As they stood at %1").arg(root.panel.at.toLocaleString(Qt.locale(), Locale.ShortFormat))
                color: Theme.statusAmberText
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
            }
        }

        TabBar {
            id: tabs
            objectName: "alertTabs"
            Layout.fillWidth: true
            Accessible.name: qsTr("Alert lists")
            TabButton {
                objectName: "alertTabOpen"
                text: qsTr("Open (%1)").arg(root.panel.openCount)
                width: implicitWidth
                focusPolicy: Qt.StrongFocus
            }
            TabButton {
                objectName: "alertTabResolved"
                text: qsTr("Resolved (%1)").arg(root.panel.resolvedAlerts.count)
                width: implicitWidth
                focusPolicy: Qt.StrongFocus
            }
            TabButton {
                objectName: "alertTabRules"
                text: root.panel.problems.length > 0 || root.panel.rulesFileError.length > 0
                      ? qsTr("Rules (%1) %2").arg(root.panel.rules.count).arg(Theme.shapeAmber)
                      : qsTr("Rules (%1)").arg(root.panel.rules.count)
                width: implicitWidth
                focusPolicy: Qt.StrongFocus
                Accessible.name: root.panel.problems.length > 0 ? qsTr("Rules, %n problem(s)", "", root.panel.problems.length) : qsTr("Rules")
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex === 2 ? 1 : 0

            RowLayout {
                spacing: Theme.spacingM

                StackLayout {
                    id: lists
                    // The list takes about two fifths of the width; the map and the detail the rest.
                    Layout.fillHeight: true
                    Layout.fillWidth: false
                    Layout.preferredWidth: Math.max(Theme.overlayCardWidth, (lists.parent ? lists.parent.width : 0) * 0.4)
                    currentIndex: tabs.currentIndex === 1 ? 1 : 0

                    AlertList {
                        objectName: "openAlertList"
                        alerts: root.panel.openAlerts
                        selectedId: root.panel.selectedId
                        grouped: true
                        emptyText: root.panel.canAct ? qsTr("No open alerts. New ones appear here and on the navigation rail.")
                                                     : qsTr("No alerts were open at this moment.")
                        onSelected: alertId => root.select(alertId)
                        onPlaceRequested: alertId => root.showPlace(alertId)
                    }
                    AlertList {
                        objectName: "resolvedAlertList"
                        alerts: root.panel.resolvedAlerts
                        selectedId: root.panel.selectedId
                        grouped: false
                        emptyText: qsTr("No alert was resolved in the week before this moment.")
                        onSelected: alertId => root.select(alertId)
                        onPlaceRequested: alertId => root.showPlace(alertId)
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    spacing: Theme.spacingM
                    AlertMap {
                        id: alertMap
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.minimumHeight: Theme.hospitalsMapMinHeight
                        panel: root.panel
                        onAlertClicked: alertId => {
                            tabs.currentIndex = 0
                            root.select(alertId)
                        }
                    }
                    AlertDetail {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.minimumHeight: Theme.kpiHeight
                        panel: root.panel
                        onPlaceRequested: alertId => root.showPlace(alertId)
                    }
                }
            }

            AlertRulesView {
                panel: root.panel
            }
        }
    }
}
