pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// A post code's services by category, with the nearest open pharmacy and health centre from its
// centre at the time cursor. A row (click, or Enter on the highlighted one) opens the service.
Rectangle {
    id: root

    required property ServicesPanel panel
    signal serviceChosen(var serviceId, var coordinate)
    signal closeRequested()

    function chooseRow(row: int) {
        const services = root.panel.postCodeServices
        if (row < 0 || row >= services.count)
            return
        const index = services.index(row, 0)
        root.serviceChosen(services.data(index, ServiceListModel.ServiceIdRole),
                           services.data(index, ServiceListModel.CoordinateRole))
    }

    implicitWidth: Theme.serviceCardWidth
    implicitHeight: content.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radiusM
    color: Theme.surface
    border.width: Theme.borderWidth
    border.color: Theme.border
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Post code %1").arg(root.panel.postCode)
    Keys.onEscapePressed: root.closeRequested()

    component NearestLine: ColumnLayout {
        id: nearestLine
        property string title
        property var nearest: ({})
        readonly property bool found: nearestLine.nearest.name !== undefined
        Layout.fillWidth: true
        spacing: 0
        Text {
            Layout.fillWidth: true
            text: nearestLine.title
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        Text {
            Layout.fillWidth: true
            text: nearestLine.found
                  ? qsTr("%1, %2 (%3)").arg(nearestLine.nearest.name).arg(nearestLine.nearest.address).arg(nearestLine.nearest.distanceText)
                  : qsTr("None open at this time")
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.underline: nearestLine.found && nearestHover.hovered
            wrapMode: Text.WordWrap
            HoverHandler { id: nearestHover }
            TapHandler {
                enabled: nearestLine.found
                onTapped: root.serviceChosen(nearestLine.nearest.serviceId, nearestLine.nearest.coordinate)
            }
        }
    }

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            Text {
                objectName: "postCodeTitle"
                Layout.fillWidth: true
                text: qsTr("Post code %1: %n service(s)", "", list.count).arg(root.panel.postCode)
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Button {
                objectName: "postCodeClose"
                text: "✕"
                flat: true
                font.pixelSize: Theme.fontSmall
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("Close the post code")
                onClicked: root.closeRequested()
            }
        }
        NearestLine {
            objectName: "nearestPharmacy"
            title: qsTr("Nearest open pharmacy from its centre")
            nearest: root.panel.nearestPharmacy
        }
        NearestLine {
            objectName: "nearestHealthCentre"
            title: qsTr("Nearest open health centre from its centre")
            nearest: root.panel.nearestHealthCentre
        }

        ListView {
            id: list
            objectName: "postCodeServices"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.tableRowHeight * 3
            Layout.preferredHeight: list.contentHeight
            clip: true
            model: root.panel.postCodeServices
            activeFocusOnTab: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Services of post code %1").arg(root.panel.postCode)
            section.property: "categoryName"
            section.delegate: Text {
                id: sectionTitle
                required property string section
                width: list.width
                topPadding: Theme.spacingS
                text: sectionTitle.section
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.Bold
                Accessible.role: Accessible.Heading
                Accessible.name: sectionTitle.section
            }
            Keys.onReturnPressed: root.chooseRow(list.currentIndex)
            Keys.onEnterPressed: root.chooseRow(list.currentIndex)

            delegate: ItemDelegate {
                id: serviceRow
                required property int index
                required property var serviceId
                required property string name
                required property string address
                required property string status
                required property string categorySlug
                required property int categoryIndex
                required property var coordinate

                objectName: "postCodeService_" + serviceRow.index
                width: ListView.view.width
                highlighted: ListView.isCurrentItem && list.activeFocus
                focusPolicy: Qt.NoFocus
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1, %2, %3").arg(serviceRow.name).arg(serviceRow.address).arg(statusMark.word)
                onClicked: root.serviceChosen(serviceRow.serviceId, serviceRow.coordinate)
                background: Rectangle {
                    color: serviceRow.highlighted ? Theme.surfaceSelected : (serviceRow.hovered ? Theme.surfaceRaised : "transparent")
                    radius: Theme.radiusS
                }
                contentItem: RowLayout {
                    spacing: Theme.spacingS
                    Text {
                        Layout.preferredWidth: Theme.serviceSwatchWidth
                        horizontalAlignment: Text.AlignHCenter
                        text: Theme.serviceGlyph(serviceRow.categorySlug, serviceRow.categoryIndex)
                        color: Theme.serviceColour(serviceRow.categorySlug, serviceRow.categoryIndex)
                        font.pixelSize: Theme.fontBody
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Text {
                            Layout.fillWidth: true
                            text: serviceRow.name
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: serviceRow.address
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                    }
                    ServiceStatusMarker {
                        id: statusMark
                        status: serviceRow.status
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }
    }
}
