pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// Bottom line: how fresh the data is, which store is open, and the theme switch (Ctrl+T).
Rectangle {
    id: root

    required property HeadlineSummary figures
    property string databasePath
    property bool ready: false
    /** The live feeds; their summary ("Feeds: 2 live, 1 stale since 14:05") shows on every page. */
    property FeedsPanel feeds: null
    readonly property string feedsLevel: root.feeds ? root.feeds.summaryLevel : ""

    readonly property bool hasDataTime: root.figures.dataTime !== undefined
    readonly property string dataTimeText: root.hasDataTime
        ? root.figures.dataTime.toLocaleString(Qt.locale(), Locale.ShortFormat) : ""
    readonly property string dataText: {
        if (!root.ready)
            return qsTr("Data: not loaded yet")
        if (!root.hasDataTime)
            return qsTr("%1 Data: no data").arg(Theme.shapeNoData)
        if (root.figures.dataStale)
            return qsTr("%1 Data stale since %2").arg(Theme.shapeAmber).arg(root.dataTimeText)
        return qsTr("%1 Data as of %2").arg(Theme.shapeOk).arg(root.dataTimeText)
    }

    implicitHeight: Theme.statusBarHeight
    color: Theme.surface

    Rectangle {
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: Theme.borderWidth
        color: Theme.border
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        spacing: Theme.spacingL

        Text {
            objectName: "dataTime"
            text: root.dataText
            color: !root.ready || !root.hasDataTime ? Theme.textMuted
                 : root.figures.dataStale ? Theme.statusAmberText : Theme.text
            font.pixelSize: Theme.fontSmall
            font.weight: root.figures.dataStale ? Font.Bold : Font.Normal
            Accessible.role: Accessible.StaticText
            Accessible.name: root.dataText
        }
        Text {
            objectName: "storeStatus"
            visible: Dashboard.storeStatus.length > 0
            text: Theme.shapeRed + " " + Dashboard.storeStatus
            color: Theme.statusRedText
            font.pixelSize: Theme.fontSmall
            font.weight: Font.Bold
            Accessible.role: Accessible.AlertMessage
            Accessible.name: Dashboard.storeStatus
        }
        Text {
            objectName: "statusFeeds"
            visible: root.feeds !== null && root.feeds.summary.length > 0
            text: root.feeds ? (root.feedsLevel === "red" ? Theme.shapeRed
                                : root.feedsLevel === "amber" ? Theme.shapeAmber
                                : root.feedsLevel === "ok" ? Theme.shapeOk : Theme.shapeNoData)
                               + " " + root.feeds.summary : ""
            color: root.feedsLevel === "red" ? Theme.statusRedText
                 : root.feedsLevel === "amber" ? Theme.statusAmberText : Theme.text
            font.pixelSize: Theme.fontSmall
            font.weight: root.feedsLevel === "red" || root.feedsLevel === "amber" ? Font.Bold : Font.Normal
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            TapHandler {
                onTapped: AppSettings.page = "feeds"
            }
        }
        // The store, and on a shared one who we are in it; opens the Store dialog.
        Button {
            id: storeButton
            objectName: "databasePath"
            Layout.fillWidth: true
            flat: true
            focusPolicy: Qt.StrongFocus
            font.pixelSize: Theme.fontSmall
            text: Dashboard.storeBackend === "PostgreSQL" && Dashboard.storeUser.length > 0
                ? qsTr("Store: %1 · %2 (%3)").arg(root.databasePath).arg(Dashboard.storeUser).arg(Dashboard.storeRoleName)
                : qsTr("Store: %1").arg(root.databasePath)
            contentItem: Text {
                text: storeButton.text
                color: Theme.textMuted
                font: storeButton.font
                elide: Text.ElideMiddle
                verticalAlignment: Text.AlignVCenter
            }
            Accessible.name: qsTr("%1. Open the store settings").arg(storeButton.text)
            ToolTip.visible: storeButton.hovered || storeButton.visualFocus
            ToolTip.delay: Theme.toolTipDelay
            ToolTip.text: qsTr("Which store is open, your role in it, and the store to open at the next start")
            onClicked: storeDialog.open()
        }
        Button {
            id: themeButton
            objectName: "themeButton"
            flat: true
            focusPolicy: Qt.StrongFocus
            font.pixelSize: Theme.fontSmall
            text: Theme.dark ? qsTr("Light theme") : qsTr("Dark theme")
            palette.buttonText: Theme.text
            Accessible.name: Theme.dark ? qsTr("Switch to the light theme") : qsTr("Switch to the dark theme")
            ToolTip.visible: themeButton.hovered || themeButton.visualFocus
            ToolTip.delay: Theme.toolTipDelay
            ToolTip.text: qsTr("Switch theme (Ctrl+T)")
            onClicked: AppSettings.toggleTheme()
        }
    }

    StoreDialog {
        id: storeDialog
        objectName: "storeDialog"
        parent: Overlay.overlay
        x: parent ? (parent.width - width) / 2 : 0
        y: parent ? (parent.height - height) / 2 : 0
    }
}
