pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import Atalaya

// A crowding site's traffic light as a shape, a colour and (optionally) a word: ● green circle,
// ▲ amber triangle, ■ red square, a red octagon with a bar for access closed, a grey circle with
// "?" for stale or missing data. Shapes are drawn, not font glyphs, so they look the same in every
// font and stay apart in greyscale and for colour-blind viewers.
Item {
    id: root

    property string light: "unknown"   // "green", "amber", "red", "closed" or "unknown"
    property bool showWord: true
    property real size: Theme.fontBody + 2
    // A contrasting outline, for shapes drawn over the map.
    property bool halo: false
    property alias font: label.font

    readonly property string lightKey: ["green", "amber", "red", "closed"].indexOf(root.light) >= 0 ? root.light : "unknown"
    readonly property string shapeName: root.lightKey === "green" ? "circle"
                                      : root.lightKey === "amber" ? "triangle"
                                      : root.lightKey === "red" ? "square"
                                      : root.lightKey === "closed" ? "octagon" : "question"
    readonly property string word: root.lightKey === "green" ? qsTr("Green")
                                  : root.lightKey === "amber" ? qsTr("Amber")
                                  : root.lightKey === "red" ? qsTr("Red")
                                  : root.lightKey === "closed" ? qsTr("Closed") : qsTr("No data")
    readonly property color fillColor: root.lightKey === "green" ? Theme.statusOk
                                     : root.lightKey === "amber" ? Theme.statusAmber
                                     : root.lightKey === "red" || root.lightKey === "closed" ? Theme.statusRed
                                     : Theme.statusNoData
    readonly property color wordColor: root.lightKey === "green" ? Theme.statusOkText
                                     : root.lightKey === "amber" ? Theme.statusAmberText
                                     : root.lightKey === "red" || root.lightKey === "closed" ? Theme.statusRedText
                                     : Theme.statusNoDataText

    // The outline of the shape in a size x size box, as points for PathPolyline.
    function outline(shape: string, size: real): var {
        const c = size / 2
        const points = []
        if (shape === "triangle") {
            const r = size * 0.56
            for (const angle of [-90, 30, 150])
                points.push(Qt.point(c + r * Math.cos(angle * Math.PI / 180), c * 1.12 + r * Math.sin(angle * Math.PI / 180)))
        } else if (shape === "square") {
            const half = size * 0.40 // a square looks bigger than a circle of the same width
            points.push(Qt.point(c - half, c - half), Qt.point(c + half, c - half),
                        Qt.point(c + half, c + half), Qt.point(c - half, c + half))
        } else {
            const sides = shape === "octagon" ? 8 : 32
            const r = size * (shape === "octagon" ? 0.5 : 0.46)
            const offset = shape === "octagon" ? Math.PI / 8 : 0
            for (let i = 0; i < sides; ++i) {
                const angle = offset + 2 * Math.PI * i / sides
                points.push(Qt.point(c + r * Math.cos(angle), c + r * Math.sin(angle)))
            }
        }
        points.push(points[0])
        return points
    }

    implicitWidth: shape.width + (root.showWord ? Theme.spacingXs + label.implicitWidth : 0)
    implicitHeight: Math.max(root.size, root.showWord ? label.implicitHeight : 0)

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Light: %1").arg(root.word)

    Shape {
        id: shape
        anchors.verticalCenter: parent.verticalCenter
        width: root.size
        height: root.size
        preferredRendererType: Shape.CurveRenderer
        ShapePath {
            fillColor: root.lightKey === "unknown" ? Theme.surface : root.fillColor
            strokeColor: root.lightKey === "unknown" ? root.fillColor : (root.halo ? Theme.markerHalo : root.fillColor)
            strokeWidth: root.lightKey === "unknown" ? Math.max(Theme.borderWidth, root.size / 9)
                                                     : (root.halo ? Theme.borderWidth : 0)
            joinStyle: ShapePath.RoundJoin
            PathPolyline {
                path: root.outline(root.shapeName, root.size)
            }
        }
        // Access closed: the "no entry" bar across the octagon.
        Rectangle {
            visible: root.lightKey === "closed"
            anchors.centerIn: parent
            width: parent.width * 0.6
            height: Math.max(Theme.focusWidth, parent.height * 0.16)
            color: Theme.onStatus // the mark on a filled status colour
        }
        Text {
            visible: root.lightKey === "unknown"
            anchors.centerIn: parent
            text: "?"
            color: root.wordColor
            font.pixelSize: Math.max(Theme.spacingS, root.size * 0.7)
            font.weight: Font.Bold
            Accessible.ignored: true
        }
    }

    Text {
        id: label
        visible: root.showWord
        anchors.left: shape.right
        anchors.leftMargin: Theme.spacingXs
        anchors.verticalCenter: parent.verticalCenter
        width: Math.max(0, root.width - shape.width - Theme.spacingXs)
        text: root.word
        color: root.wordColor
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        elide: Text.ElideRight
        Accessible.ignored: true
    }
}
