import QtQuick
import Atalaya

// A feed's state as a shape in its status colour, so it never rests on colour alone: live ● green,
// stale ▲ orange, failing ■ vermillion, paused ❚❚ and starting ○ grey. The word goes beside it.
Text {
    id: root

    property string feedState: "starting"

    function shapeFor(state: string): string {
        switch (state) {
        case "live": return Theme.shapeOk
        case "stale": return Theme.shapeAmber
        case "failing": return Theme.shapeRed
        case "paused": return "❚❚"
        default: return Theme.shapeNoData
        }
    }
    function colourFor(state: string): color {
        switch (state) {
        case "live": return Theme.statusOkText
        case "stale": return Theme.statusAmberText
        case "failing": return Theme.statusRedText
        default: return Theme.statusNoDataText
        }
    }

    text: root.shapeFor(root.feedState)
    color: root.colourFor(root.feedState)
    font.pixelSize: Theme.fontTitle
    Accessible.ignored: true
}
