import QtQuick
import Atalaya

// An alert's severity as a shape, a colour and (unless showWord is false) a word: critical ■,
// warning ▲, information ●. The shape and the word carry the meaning; the colour repeats it.
Text {
    id: root

    property string severityKey: "warning"
    property string word
    property bool showWord: true
    property int size: Theme.fontBody

    readonly property string glyph: root.severityKey === "critical" ? Theme.shapeRed
                                  : root.severityKey === "warning" ? Theme.shapeAmber : Theme.shapeOk
    readonly property color hue: root.severityKey === "critical" ? Theme.statusRedText
                               : root.severityKey === "warning" ? Theme.statusAmberText : Theme.accent

    text: root.showWord && root.word.length > 0 ? qsTr("%1 %2").arg(root.glyph).arg(root.word) : root.glyph
    color: root.hue
    font.pixelSize: root.size
    font.weight: Font.Bold
    Accessible.role: Accessible.StaticText
    Accessible.name: root.word
}
