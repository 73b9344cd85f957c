pragma ComponentBehavior: Bound
import QtQuick
import Atalaya

// A service's status as the map draws it and a word (● Open, ◐ Limited, ⊘ Closed), coloured as
// well; the colour is never the only carrier.
Text {
    id: root

    property string status: "open"   // "open", "limited" or "closed"
    property bool showWord: true

    readonly property string shape: Theme.serviceStatusGlyph(root.status)
    readonly property string word: root.status === "open" ? qsTr("Open")
                                 : root.status === "limited" ? qsTr("Limited") : qsTr("Closed")

    text: root.showWord ? root.shape + " " + root.word : root.shape
    color: Theme.serviceStatusColour(root.status)
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    elide: Text.ElideRight
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Status: %1").arg(root.word)
}
