pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// The app-wide time cursor: live or a replayed moment, stepped by an hour or a day.
// Shortcuts: Ctrl+L live, Alt+Left/Right one hour, Alt+Shift+Left/Right one day.
RowLayout {
    id: root

    required property TimeCursor cursor

    readonly property int hour: 3600
    readonly property int day: 86400
    readonly property string timeText: root.cursor.time.toLocaleString(Qt.locale(), Locale.ShortFormat)

    spacing: Theme.spacingS

    component StepButton: Button {
        id: stepButton
        required property TimeCursor cursor
        required property int seconds
        required property string shortcut
        required property string description
        enabled: stepButton.seconds < 0 ? stepButton.cursor.canStepBackward : stepButton.cursor.canStepForward
        focusPolicy: Qt.StrongFocus
        font.pixelSize: Theme.fontBody
        Accessible.name: stepButton.description
        ToolTip.visible: stepButton.hovered || stepButton.visualFocus
        ToolTip.delay: Theme.toolTipDelay
        ToolTip.text: qsTr("%1 (%2)").arg(stepButton.description).arg(stepButton.shortcut)
        onClicked: stepButton.cursor.step(stepButton.seconds)
        Shortcut {
            sequence: stepButton.shortcut
            enabled: stepButton.enabled
            onActivated: stepButton.cursor.step(stepButton.seconds)
        }
    }

    Button {
        id: liveButton
        objectName: "liveButton"
        checkable: true
        checked: root.cursor.live
        focusPolicy: Qt.StrongFocus
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        // The word changes with the state, so the mode never rests on the dot's colour.
        text: root.cursor.live ? qsTr("%1 Live").arg(Theme.shapeOk) : qsTr("%1 Replay").arg(Theme.shapeNoData)
        // Basic's checked button draws its text in brightText.
        palette.brightText: Theme.onStatus
        palette.buttonText: Theme.text
        background: Rectangle {
            implicitWidth: Theme.mapButtonSize * 2
            implicitHeight: Theme.mapButtonSize
            radius: Theme.radiusS
            color: root.cursor.live ? Theme.statusOk : Theme.surfaceRaised
            border.width: liveButton.visualFocus ? Theme.focusWidth : Theme.borderWidth
            border.color: liveButton.visualFocus ? Theme.focusRing : Theme.border
        }
        Accessible.name: root.cursor.live ? qsTr("Live: following the clock") : qsTr("Replaying a past moment; press to go live")
        ToolTip.visible: liveButton.hovered || liveButton.visualFocus
        ToolTip.delay: Theme.toolTipDelay
        ToolTip.text: qsTr("Follow the clock (Ctrl+L)")
        onClicked: {
            // Live is left by stepping or choosing a moment, so the button only turns it on.
            root.cursor.goLive()
            liveButton.checked = Qt.binding(() => root.cursor.live)
        }
        Shortcut {
            sequence: "Ctrl+L"
            onActivated: root.cursor.goLive()
        }
    }

    StepButton {
        cursor: root.cursor
        objectName: "stepBackDay"
        text: qsTr("−1 d")
        seconds: -root.day
        shortcut: "Alt+Shift+Left"
        description: qsTr("One day back")
    }
    StepButton {
        cursor: root.cursor
        objectName: "stepBackHour"
        text: qsTr("−1 h")
        seconds: -root.hour
        shortcut: "Alt+Left"
        description: qsTr("One hour back")
    }

    Text {
        objectName: "cursorTime"
        Layout.minimumWidth: implicitWidth
        text: root.timeText
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        Accessible.role: Accessible.StaticText
        Accessible.name: root.cursor.live ? qsTr("Showing now: %1").arg(root.timeText)
                                          : qsTr("Showing %1").arg(root.timeText)
    }

    StepButton {
        cursor: root.cursor
        objectName: "stepForwardHour"
        text: qsTr("+1 h")
        seconds: root.hour
        shortcut: "Alt+Right"
        description: qsTr("One hour forward")
    }
    StepButton {
        cursor: root.cursor
        objectName: "stepForwardDay"
        text: qsTr("+1 d")
        seconds: root.day
        shortcut: "Alt+Shift+Right"
        description: qsTr("One day forward")
    }

    // Where operator notes start within the replayable range; hidden while there are none.
    NoteTimeMarks {
        objectName: "noteTimeMarks"
        visible: Dashboard.notes.timeline.length > 0
        panel: Dashboard.notes
        cursor: root.cursor
    }
}
