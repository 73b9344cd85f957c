pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// Replays the epidemic day by day: a slider over the whole history and a play button. Both move
// the app's one time cursor, so every page follows. The slider takes arrow keys (a day),
// Page Up/Down (a week) and Home/End; the play button (or Ctrl+Shift+P) starts and stops.
RowLayout {
    id: root

    required property TimeCursor cursor
    required property date from          // first day of the history (UTC midnight)
    required property date to            // last day
    property string dayText              // the day shown, as the panel names it

    readonly property real dayMs: 86400000
    readonly property int days: root.from.getTime() > 0 && root.to.getTime() >= root.from.getTime()
                                ? Math.round((root.to.getTime() - root.from.getTime()) / root.dayMs) : 0
    readonly property int cursorDay: Math.max(0, Math.min(root.days,
                                     Math.floor((root.cursor.time.getTime() - root.from.getTime()) / root.dayMs)))
    readonly property bool playing: timer.running

    function showDay(day: int) {
        // Noon UTC: the same calendar day in every time zone the city is likely to be in.
        root.cursor.setMoment(new Date(root.from.getTime() + day * root.dayMs + root.dayMs / 2))
    }
    function togglePlay() {
        if (timer.running) {
            timer.stop()
            return
        }
        if (root.cursorDay >= root.days)
            root.showDay(0)
        timer.start()
    }

    spacing: Theme.spacingS
    enabled: root.days > 0

    Timer {
        id: timer
        interval: Theme.playInterval
        repeat: true
        onTriggered: {
            if (root.cursorDay >= root.days) {
                timer.stop()
                return
            }
            root.showDay(root.cursorDay + 1)
        }
    }

    Button {
        id: playButton
        objectName: "playButton"
        focusPolicy: Qt.StrongFocus
        text: root.playing ? qsTr("❚❚ Pause") : qsTr("▶ Play")
        font.pixelSize: Theme.fontBody
        Accessible.name: root.playing ? qsTr("Pause the replay") : qsTr("Replay the epidemic day by day")
        ToolTip.visible: playButton.hovered || playButton.visualFocus
        ToolTip.delay: Theme.toolTipDelay
        ToolTip.text: qsTr("Replay day by day (Ctrl+Shift+P)")
        onClicked: root.togglePlay()
        Shortcut {
            sequence: "Ctrl+Shift+P"
            enabled: root.enabled
            onActivated: root.togglePlay()
        }
    }

    Slider {
        id: slider
        objectName: "dayScale"
        Layout.fillWidth: true
        from: 0
        to: Math.max(1, root.days)
        stepSize: 1
        snapMode: Slider.SnapAlways
        value: root.cursorDay
        focusPolicy: Qt.StrongFocus
        Accessible.name: qsTr("Day shown: %1").arg(root.dayText)
        onMoved: root.showDay(Math.round(slider.value))
        Keys.onPressed: event => {
            if (event.key === Qt.Key_PageUp)
                root.showDay(Math.min(root.days, root.cursorDay + 7))
            else if (event.key === Qt.Key_PageDown)
                root.showDay(Math.max(0, root.cursorDay - 7))
            else if (event.key === Qt.Key_Home)
                root.showDay(0)
            else if (event.key === Qt.Key_End)
                root.showDay(root.days)
            else
                return
            event.accepted = true
        }
    }

    Text {
        objectName: "dayText"
        Layout.preferredWidth: Theme.tableTrendWidth
        text: root.dayText
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
    }
}
