pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Atalaya

// Zoom in, zoom out and "whole city" buttons for the map; the keys (+, −, 0) do the same.
Column {
    id: root

    signal zoomIn
    signal zoomOut
    signal fitCity

    spacing: Theme.spacingXs

    component MapButton: Button {
        id: mapButton
        required property string description
        width: Theme.mapButtonSize
        height: Theme.mapButtonSize
        focusPolicy: Qt.StrongFocus
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        Accessible.name: mapButton.description
        ToolTip.visible: mapButton.hovered || mapButton.visualFocus
        ToolTip.delay: Theme.toolTipDelay
        ToolTip.text: mapButton.description
    }

    MapButton {
        objectName: "zoomInButton"
        text: "+"
        description: qsTr("Zoom in (+)")
        onClicked: root.zoomIn()
    }
    MapButton {
        objectName: "zoomOutButton"
        text: "−"
        description: qsTr("Zoom out (−)")
        onClicked: root.zoomOut()
    }
    MapButton {
        objectName: "fitCityButton"
        text: "⤢"
        description: qsTr("Show the whole city (0)")
        onClicked: root.fitCity()
    }
}
