pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// The notification of a new alert: a card in a corner that blocks nothing, says the severity
// (shape and word), what and where, and is read out by screen readers as it appears. It hides by
// itself after a while (not while pointed at or focused); the close button or Escape hides it
// at once; a click, or Enter when focused (Tab reaches it), opens the alert. Alerts that arrive
// while it shows replace it and are counted ("and 2 more").
Control {
    id: root
    objectName: "alertToast"

    property var alertId: 0
    property string severityKey
    property string severityText
    property string title
    property string message
    property int moreCount: 0
    property bool shown: false
    // Long enough to read two lines twice; a pointer or focus on the card keeps it.
    property int hideAfterMs: 8000
    readonly property string announcement: qsTr("New %1 alert: %2. %3").arg(root.severityText.toLowerCase())
                                           .arg(root.title).arg(root.message)

    signal openRequested(var alertId)

    function show(alertId: var, severityKey: string, severityText: string, title: string, message: string) {
        root.moreCount = root.shown ? root.moreCount + 1 : 0
        root.alertId = alertId
        root.severityKey = severityKey
        root.severityText = severityText
        root.title = title
        root.message = message
        root.shown = true
        hideTimer.restart()
        root.Accessible.announce(root.announcement)
    }
    function dismiss() {
        root.shown = false
        root.moreCount = 0
        hideTimer.stop()
    }
    function openAlert() {
        const id = root.alertId
        root.dismiss()
        root.openRequested(id)
    }

    visible: root.shown
    width: Theme.overlayCardWidth
    padding: Theme.spacingM
    focusPolicy: Qt.TabFocus
    hoverEnabled: true
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.announcement
    Accessible.description: qsTr("Enter opens the alert, Escape closes this notification.")

    Keys.onReturnPressed: root.openAlert()
    Keys.onEnterPressed: root.openAlert()
    Keys.onEscapePressed: root.dismiss()

    Timer {
        id: hideTimer
        interval: root.hideAfterMs
        running: root.shown && !root.hovered && !root.activeFocus
        onTriggered: root.dismiss()
    }

    background: Rectangle {
        color: Theme.surfaceRaised
        radius: Theme.radiusM
        border.width: root.visualFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: root.visualFocus ? Theme.focusRing : marker.hue
        Rectangle {
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: Theme.borderWidth }
            width: Theme.spacingXs
            radius: Theme.radiusS
            color: marker.hue
        }
        MouseArea {
            anchors.fill: parent
            cursorShape: Qt.PointingHandCursor
            onClicked: root.openAlert()
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spacingM
        AlertSeverityMarker {
            id: marker
            Layout.alignment: Qt.AlignTop
            severityKey: root.severityKey
            word: root.severityText
            showWord: false
            size: Theme.fontGlyph
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs
            Text {
                objectName: "alertToastTitle"
                Layout.fillWidth: true
                text: qsTr("%1 · %2").arg(root.severityText).arg(root.title)
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Text {
                objectName: "alertToastMessage"
                Layout.fillWidth: true
                text: root.message
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
            Text {
                objectName: "alertToastMore"
                visible: root.moreCount > 0
                text: qsTr("and %n more", "", root.moreCount)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
        Button {
            objectName: "alertToastClose"
            Layout.alignment: Qt.AlignTop
            text: "×"
            flat: true
            font.pixelSize: Theme.fontTitle
            focusPolicy: Qt.StrongFocus
            Accessible.name: qsTr("Close the notification")
            onClicked: root.dismiss()
        }
    }
}
