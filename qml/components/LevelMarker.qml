pragma ComponentBehavior: Bound
import QtQuick
import Atalaya

// An availability level as a shape and a word (● High, ▲ Medium, ■ Low, ○ No data), coloured
// as well; the colour is never the only carrier. Used in the table, the legend and the lists.
Text {
    id: root

    property string level: "nodata"   // "high", "medium", "low" or "nodata" (levelKey())
    property bool showWord: true

    readonly property string shape: root.level === "high" ? Theme.shapeOk
                                  : root.level === "medium" ? Theme.shapeAmber
                                  : root.level === "low" ? Theme.shapeRed : Theme.shapeNoData
    readonly property string word: root.level === "high" ? qsTr("High")
                                 : root.level === "medium" ? qsTr("Medium")
                                 : root.level === "low" ? qsTr("Low") : qsTr("No data")
    readonly property color fillColor: root.level === "high" ? Theme.statusOk
                                     : root.level === "medium" ? Theme.statusAmber
                                     : root.level === "low" ? Theme.statusRed : Theme.statusNoData
    readonly property color wordColor: root.level === "high" ? Theme.statusOkText
                                     : root.level === "medium" ? Theme.statusAmberText
                                     : root.level === "low" ? Theme.statusRedText : Theme.statusNoDataText

    text: root.showWord ? root.shape + " " + root.word : root.shape
    color: root.wordColor
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    elide: Text.ElideRight
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Availability %1").arg(root.word)
}
