pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Atalaya

// The page switcher on the left. The rail is one Tab stop that focuses the current entry;
// Up/Down (or Left/Right) move between pages and switch at once, Home/End jump to the first/last;
// each entry is a button with its page name. An entry may carry a badge: a count drawn on its
// glyph (the alerts not yet acknowledged) and said in its accessible name. The owner sets
// currentIndex in onActivated (so a binding to the app's page survives) and focus follows the
// current entry.
FocusScope {
    id: root

    // Entries: objects with title (translated) and glyph.
    property var pages: []
    // Badges by entry index: {count, name}; the count is shown when above 0, the name says what
    // it counts ("3 unacknowledged alerts"). Apart from pages, so that a new count (every move of
    // the time cursor may bring one) updates a badge instead of rebuilding every entry.
    property var badges: ({})
    property int currentIndex: 0

    signal activated(int index)

    function select(index: int) {
        if (index < 0 || index >= root.pages.length)
            return
        if (index !== root.currentIndex)
            root.activated(index)
    }

    implicitWidth: Theme.railWidth
    activeFocusOnTab: true
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Pages")

    Keys.onUpPressed: root.select(root.currentIndex - 1)
    Keys.onDownPressed: root.select(root.currentIndex + 1)
    Keys.onLeftPressed: root.select(root.currentIndex - 1)
    Keys.onRightPressed: root.select(root.currentIndex + 1)
    Keys.onPressed: event => {
        if (event.key === Qt.Key_Home) {
            root.select(0)
            event.accepted = true
        } else if (event.key === Qt.Key_End) {
            root.select(root.pages.length - 1)
            event.accepted = true
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.surface
        Rectangle {
            anchors { right: parent.right; top: parent.top; bottom: parent.bottom }
            width: Theme.borderWidth
            color: Theme.border
        }
    }

    Column {
        anchors { left: parent.left; right: parent.right; top: parent.top; topMargin: Theme.spacingS }
        spacing: Theme.spacingXs

        Repeater {
            model: root.pages

            delegate: AbstractButton {
                id: entry
                required property var modelData
                required property int index
                readonly property bool current: entry.index === root.currentIndex
                readonly property var badgeEntry: root.badges[entry.index]
                readonly property int badge: entry.badgeEntry?.count ?? 0

                objectName: "railEntry" + entry.index
                width: parent ? parent.width : 0
                height: Theme.railItemHeight
                // The rail, not each entry, is the Tab stop; it hands focus to the current entry.
                focusPolicy: Qt.ClickFocus
                focus: entry.current
                checkable: false
                checked: entry.current
                text: entry.modelData.title
                Accessible.role: Accessible.PageTab
                Accessible.name: entry.badge > 0 && entry.badgeEntry.name
                                 ? qsTr("%1, %2").arg(entry.modelData.title).arg(entry.badgeEntry.name)
                                 : entry.modelData.title
                Accessible.selected: entry.current
                onClicked: root.select(entry.index)

                background: Rectangle {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingXs
                    radius: Theme.radiusM
                    color: entry.current ? Theme.surfaceSelected : (entry.hovered ? Theme.surfaceRaised : Theme.surface)
                    border.width: entry.visualFocus ? Theme.focusWidth : 0
                    border.color: Theme.focusRing
                    // The current page is marked by a bar as well as by colour.
                    Rectangle {
                        visible: entry.current
                        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: Theme.spacingS }
                        width: Theme.spacingXs
                        radius: Theme.radiusS
                        color: Theme.accent
                    }
                }
                contentItem: Column {
                    spacing: Theme.spacingXs
                    topPadding: Theme.spacingS
                    Text {
                        id: glyph
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: entry.modelData.glyph
                        color: entry.current ? Theme.accent : Theme.textMuted
                        font.pixelSize: Theme.fontGlyph

                        Rectangle {
                            objectName: "railBadge" + entry.index
                            visible: entry.badge > 0
                            anchors { left: parent.right; top: parent.top; leftMargin: -Theme.spacingXs; topMargin: -Theme.spacingXs }
                            width: Math.max(height, badgeText.implicitWidth + Theme.spacingS)
                            height: badgeText.implicitHeight + Theme.spacingXs
                            radius: height / 2
                            color: Theme.statusRed
                            border.width: Theme.borderWidth
                            border.color: Theme.surface
                            Text {
                                id: badgeText
                                objectName: "railBadgeText" + entry.index
                                anchors.centerIn: parent
                                text: entry.badge > 99 ? qsTr("99+") : entry.badge
                                color: Theme.onStatus
                                font.pixelSize: Theme.fontSmall
                                font.weight: Font.Bold
                            }
                        }
                    }
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: entry.text
                        color: entry.current ? Theme.text : Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        font.weight: entry.current ? Font.Bold : Font.Normal
                    }
                }
            }
        }
    }
}
