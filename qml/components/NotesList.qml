pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// The operator notes on the map at the time cursor, for a page's side pane: each note's text,
// where and when, and who wrote it; Add note. Up/Down move through the notes, Enter or a click
// shows one on the map with its card.
ColumnLayout {
    id: root

    required property NotesPanel panel
    required property TimeCursor cursor

    signal noteChosen(var noteId, var coordinate)
    signal addRequested()

    spacing: Theme.spacingS

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        Text {
            objectName: "notesTitle"
            Layout.fillWidth: true
            text: root.cursor.live ? qsTr("Notes now (%1)").arg(list.count)
                                   : qsTr("Notes at %1 (%2)").arg(root.cursor.time.toLocaleString(Qt.locale(), Locale.ShortFormat))
                                                              .arg(list.count)
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Button {
            objectName: "addNoteButton"
            // The store's role decides; a viewer is told why on the status bar's Store dialog.
            enabled: Dashboard.canEdit
            text: qsTr("+ Add note")
            font.pixelSize: Theme.fontBody
            focusPolicy: Qt.StrongFocus
            Accessible.name: qsTr("Add a note at the centre of the map")
            ToolTip.visible: hovered || visualFocus
            ToolTip.delay: Theme.toolTipDelay
            ToolTip.text: qsTr("Add a note at the centre of the map (N on the map; right-click or press and hold the map for another place)")
            onClicked: root.addRequested()
        }
    }

    Text {
        Layout.fillWidth: true
        visible: list.count === 0
        text: qsTr("No notes at this moment.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }

    ListView {
        id: list
        objectName: "notesList"
        Layout.fillWidth: true
        Layout.preferredHeight: list.contentHeight
        visible: list.count > 0
        interactive: false
        spacing: Theme.spacingXs
        model: root.panel.model
        currentIndex: -1
        activeFocusOnTab: true
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Notes at the time shown")
        onActiveFocusChanged: if (list.activeFocus && list.currentIndex < 0 && list.count > 0) list.currentIndex = 0
        // The current row answers (a delegate's functions are not visible through currentItem's type).
        signal chooseCurrent()
        Keys.onReturnPressed: list.chooseCurrent()
        Keys.onEnterPressed: list.chooseCurrent()
        Keys.onSpacePressed: list.chooseCurrent()

        delegate: Rectangle {
            id: row
            required property int index
            required property var id
            required property string body
            required property string placeText
            required property string validText
            required property string author
            required property var coordinate
            required property bool hasPlace
            readonly property bool current: ListView.isCurrentItem && list.activeFocus

            function choose() {
                list.currentIndex = row.index
                root.noteChosen(row.id, row.coordinate)
            }
            Connections {
                target: list
                function onChooseCurrent() {
                    if (list.currentIndex === row.index)
                        row.choose()
                }
            }

            width: ListView.view.width
            implicitHeight: rowColumn.implicitHeight + 2 * Theme.spacingS
            radius: Theme.radiusS
            color: row.current ? Theme.surfaceSelected : Theme.surfaceRaised
            border.width: row.current ? Theme.focusWidth : 0
            border.color: Theme.focusRing
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("%1. %2. %3. By %4").arg(row.body).arg(row.placeText).arg(row.validText).arg(row.author)

            ColumnLayout {
                id: rowColumn
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacingS }
                spacing: Theme.spacingXs
                Text {
                    Layout.fillWidth: true
                    // The pin's look in words: filled for a point, hollow for a region.
                    text: qsTr("%1 %2").arg(row.hasPlace ? "◆" : "◇").arg(row.body)
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("%1 · %2 · %3").arg(row.validText).arg(row.placeText).arg(row.author)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
            }
            TapHandler {
                onTapped: {
                    list.forceActiveFocus(Qt.MouseFocusReason)
                    row.choose()
                }
            }
        }
    }
}
