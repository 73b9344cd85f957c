pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Atalaya

// The notes on the time line: the replayable range as a thin track, the cursor's place on it, and
// a tick where each note appeared on the map (its span under it). Hovering a tick names the note;
// a click moves the cursor there. With the focus, Left and Right move the cursor to the previous
// or next note.
Item {
    id: root

    required property NotesPanel panel
    required property TimeCursor cursor
    readonly property int count: root.panel.timeline.length

    function jump(direction: int) {
        const moment = root.panel.adjacentStart(direction)
        if (!isNaN(moment.getTime()))
            root.cursor.setMoment(moment)
    }

    implicitWidth: Theme.scaleBarMaxWidth
    implicitHeight: Theme.mapButtonSize
    activeFocusOnTab: true

    Accessible.role: Accessible.Slider
    Accessible.name: qsTr("Notes on the time line: %n note(s). Left and right arrows move to the previous or next note.", "",
                          root.count)

    Keys.onLeftPressed: root.jump(-1)
    Keys.onRightPressed: root.jump(1)

    Rectangle {
        anchors.fill: parent
        radius: Theme.radiusS
        color: Theme.mapNoFill
        border.width: root.activeFocus ? Theme.focusWidth : 0
        border.color: Theme.focusRing
    }
    Rectangle {
        id: track
        objectName: "noteTrack"
        x: Theme.spacingXs
        width: root.width - 2 * Theme.spacingXs
        height: Theme.scaleBarThickness
        anchors.verticalCenter: parent.verticalCenter
        radius: height / 2
        color: Theme.barTrack
    }

    Repeater {
        model: root.panel.timeline
        delegate: Item {
            id: mark
            required property var modelData
            objectName: "noteTick"
            x: track.x + mark.modelData.start * track.width - width / 2
            y: 0
            width: Theme.spacingS
            height: root.height

            // How long the note applies, as a band along the track.
            Rectangle {
                x: mark.width / 2
                width: Math.max(Theme.borderWidth, (mark.modelData.end - mark.modelData.start) * track.width)
                height: Theme.scaleBarThickness
                anchors.verticalCenter: parent.verticalCenter
                color: Theme.chartSelected
                opacity: Theme.choroplethOpacity
            }
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                y: 0
                text: "▼"
                color: Theme.chartSelected
                font.pixelSize: Theme.fontSmall
            }
            HoverHandler {
                id: hover
                cursorShape: Qt.PointingHandCursor
            }
            TapHandler {
                onTapped: root.cursor.setMoment(mark.modelData.startTime)
            }
            ToolTip.visible: hover.hovered
            ToolTip.delay: Theme.toolTipDelay
            ToolTip.text: mark.modelData.text
        }
    }

    // Where the cursor is.
    Rectangle {
        objectName: "noteTrackCursor"
        visible: root.panel.cursorPosition >= 0
        x: track.x + root.panel.cursorPosition * track.width - width / 2
        width: Theme.focusWidth
        height: root.height / 2
        anchors.verticalCenter: parent.verticalCenter
        color: Theme.chartCursor
    }

    ToolTip.visible: root.activeFocus
    ToolTip.delay: Theme.toolTipDelay
    ToolTip.text: qsTr("Notes: ← previous, → next")
}
