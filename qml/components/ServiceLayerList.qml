pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// The service categories as map layers: each with the shape and colour its points have on the
// map, its name and how many of its services are in view, and a check box to show or hide it
// (Tab to reach, Space to toggle).
ColumnLayout {
    id: root

    required property ServicesPanel panel
    // ServicePointLayer.countsInView: one count per category, shown or not.
    property var countsInView: []

    spacing: Theme.spacingXs
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Service layers")

    Text {
        Layout.fillWidth: true
        text: qsTr("Layers")
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    Repeater {
        model: root.panel.categories
        delegate: RowLayout {
            id: layerRow
            required property string slug
            required property string name
            required property bool shown
            required property int total
            required property int categoryIndex
            readonly property int inView: root.countsInView.length > layerRow.categoryIndex
                                          ? root.countsInView[layerRow.categoryIndex] : 0

            Layout.fillWidth: true
            spacing: Theme.spacingS

            CheckBox {
                id: toggle
                objectName: "layerToggle_" + layerRow.slug
                checked: layerRow.shown
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Show %1 on the map").arg(layerRow.name)
                Accessible.description: qsTr("%n in view", "", layerRow.inView)
                onToggled: {
                    toggle.checked = Qt.binding(() => layerRow.shown)
                    root.panel.setCategoryShown(layerRow.categoryIndex, !layerRow.shown)
                }
            }
            Text {
                Layout.preferredWidth: Theme.serviceSwatchWidth
                horizontalAlignment: Text.AlignHCenter
                text: Theme.serviceGlyph(layerRow.slug, layerRow.categoryIndex)
                color: Theme.serviceColour(layerRow.slug, layerRow.categoryIndex)
                opacity: layerRow.shown ? 1 : Theme.panelOpacity / 2
                style: Text.Outline
                styleColor: Theme.serviceHalo
                font.pixelSize: Theme.fontTitle
                Accessible.ignored: true
            }
            Text {
                Layout.fillWidth: true
                text: layerRow.name
                color: layerRow.shown ? Theme.text : Theme.textMuted
                font.pixelSize: Theme.fontBody
                elide: Text.ElideRight
                MouseArea {
                    anchors.fill: parent
                    onClicked: root.panel.setCategoryShown(layerRow.categoryIndex, !layerRow.shown)
                }
            }
            Text {
                objectName: "layerCount_" + layerRow.slug
                text: layerRow.inView.toLocaleString(Qt.locale(), "f", 0)
                color: layerRow.shown ? Theme.text : Theme.textMuted
                font.pixelSize: Theme.fontBody
                ToolTip.visible: countHover.hovered
                ToolTip.delay: Theme.toolTipDelay
                ToolTip.text: qsTr("%1 in view of %2 in the city").arg(layerRow.inView.toLocaleString(Qt.locale(), "f", 0))
                                                                   .arg(layerRow.total.toLocaleString(Qt.locale(), "f", 0))
                HoverHandler { id: countHover }
            }
        }
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Counts are services in view. Map marks: filled open, half-filled limited, hollow with a bar closed; "
                   + "rings around numbers split a cluster by status.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
}
