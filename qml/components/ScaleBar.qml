pragma ComponentBehavior: Bound
import QtQuick
import Atalaya

// A map scale bar of a round length ("500 m", "2 km"); the maths is ScaleBarModel's (C++).
Item {
    id: root

    property real zoomLevel
    property real latitude

    ScaleBarModel {
        id: model
        zoomLevel: root.zoomLevel
        latitude: root.latitude
        maxWidth: Theme.scaleBarMaxWidth
    }

    readonly property string label: model.label

    implicitWidth: Math.max(bar.width, labelText.implicitWidth) + 2 * Theme.spacingS
    implicitHeight: labelText.implicitHeight + Theme.scaleBarTick + 2 * Theme.spacingXs
    visible: model.width > 0
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Scale: %1").arg(model.label)

    Rectangle {
        anchors.fill: parent
        radius: Theme.radiusS
        color: Theme.surface
        opacity: Theme.panelOpacity
    }
    Text {
        id: labelText
        objectName: "scaleLabel"
        anchors { left: parent.left; top: parent.top; leftMargin: Theme.spacingS; topMargin: Theme.spacingXs }
        text: model.label
        color: Theme.text
        font.pixelSize: Theme.fontSmall
    }
    // An open-topped bracket: a base line with a tick at each end.
    Item {
        id: bar
        anchors { left: parent.left; bottom: parent.bottom; leftMargin: Theme.spacingS; bottomMargin: Theme.spacingXs }
        width: model.width
        height: Theme.scaleBarTick
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: Theme.scaleBarThickness; color: Theme.text }
        Rectangle { anchors.left: parent.left; width: Theme.scaleBarThickness; height: parent.height; color: Theme.text }
        Rectangle { anchors.right: parent.right; width: Theme.scaleBarThickness; height: parent.height; color: Theme.text }
    }
}
