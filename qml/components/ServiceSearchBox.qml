pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// Find a service by name, address or post code as you type. The list offers matching post codes
// first, then services (name, category, address, post code, which fields matched). Enter or a
// click picks the highlighted row and folds the list away until the next key; Down and Up move
// through the list, Escape clears the field.
ColumnLayout {
    id: root

    required property ServicesPanel panel
    signal serviceChosen(var serviceId, var coordinate)
    signal postCodeChosen(string code)

    // The list shows while the user is looking for something, not after they have found it.
    property bool listOpen: false

    function choose(row: int) {
        const results = root.panel.results
        if (row < 0 || row >= results.count)
            return
        const index = results.index(row, 0)
        root.listOpen = false
        if (results.data(index, ServiceListModel.KindRole) === "postcode")
            root.postCodeChosen(results.data(index, ServiceListModel.NameRole))
        else
            root.serviceChosen(results.data(index, ServiceListModel.ServiceIdRole),
                               results.data(index, ServiceListModel.CoordinateRole))
    }
    // What is typed is searched a moment after the last key, or at once on Enter.
    function flush() {
        debounce.stop()
        root.panel.query = field.text
    }

    spacing: Theme.spacingXs

    TextField {
        id: field
        objectName: "serviceSearch"
        Layout.fillWidth: true
        implicitHeight: Theme.textFieldHeight
        placeholderText: qsTr("Find a service, address or post code")
        font.pixelSize: Theme.fontBody
        selectByMouse: true
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Find a service by name, address or post code")
        onTextEdited: {
            root.listOpen = true
            debounce.restart()
        }
        Keys.onReturnPressed: {
            root.flush()
            root.choose(Math.max(0, results.currentIndex))
        }
        Keys.onEnterPressed: {
            root.flush()
            root.choose(Math.max(0, results.currentIndex))
        }
        Keys.onDownPressed: {
            root.flush()
            root.listOpen = true
            if (results.count > 0) {
                results.currentIndex = 0
                results.forceActiveFocus(Qt.TabFocusReason)
            }
        }
        Keys.onEscapePressed: {
            field.clear()
            root.flush()
        }
    }

    Timer {
        id: debounce
        interval: Theme.serviceSearchDelay
        onTriggered: root.panel.query = field.text
    }

    Text {
        Layout.fillWidth: true
        visible: root.listOpen && root.panel.query.trim().length > 0 && results.count === 0
        text: qsTr("No service or post code matches “%1”.").arg(root.panel.query)
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }

    ListView {
        id: results
        objectName: "serviceResults"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(results.contentHeight, Theme.serviceResultsMaxHeight)
        visible: root.listOpen && results.count > 0
        clip: true
        model: root.panel.results
        currentIndex: -1
        keyNavigationEnabled: true
        activeFocusOnTab: results.count > 0
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Search results")
        Keys.onReturnPressed: root.choose(results.currentIndex)
        Keys.onEnterPressed: root.choose(results.currentIndex)
        Keys.onUpPressed: event => {
            if (results.currentIndex <= 0)
                field.forceActiveFocus(Qt.TabFocusReason)
            else
                event.accepted = false
        }

        delegate: ItemDelegate {
            id: resultRow
            required property int index
            required property string kind
            required property string name
            required property string categoryName
            required property string categorySlug
            required property int categoryIndex
            required property string address
            required property string postCode
            required property string matched
            required property int serviceCount
            readonly property bool isPostCode: resultRow.kind === "postcode"

            objectName: "serviceResult_" + resultRow.index
            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            focusPolicy: Qt.NoFocus
            Accessible.role: Accessible.ListItem
            Accessible.name: resultRow.isPostCode
                             ? qsTr("Post code %1, %n service(s)", "", resultRow.serviceCount).arg(resultRow.name)
                             : qsTr("%1, %2, %3 %4. %5").arg(resultRow.name).arg(resultRow.categoryName).arg(resultRow.address).arg(resultRow.postCode).arg(resultRow.matched)
            onClicked: {
                results.currentIndex = resultRow.index
                root.choose(resultRow.index)
            }

            background: Rectangle {
                color: resultRow.highlighted ? Theme.surfaceSelected : (resultRow.hovered ? Theme.surfaceRaised : "transparent")
                border.width: resultRow.highlighted && results.activeFocus ? Theme.focusWidth : 0
                border.color: Theme.focusRing
                radius: Theme.radiusS
            }
            contentItem: RowLayout {
                spacing: Theme.spacingS
                Text {
                    Layout.preferredWidth: Theme.serviceSwatchWidth
                    Layout.alignment: Qt.AlignTop
                    horizontalAlignment: Text.AlignHCenter
                    text: resultRow.isPostCode ? "⌖" : Theme.serviceGlyph(resultRow.categorySlug, resultRow.categoryIndex)
                    color: resultRow.isPostCode ? Theme.accent : Theme.serviceColour(resultRow.categorySlug, resultRow.categoryIndex)
                    font.pixelSize: Theme.fontTitle
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Text {
                        Layout.fillWidth: true
                        text: resultRow.isPostCode ? qsTr("Post code %1").arg(resultRow.name) : resultRow.name
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        text: resultRow.isPostCode
                              ? qsTr("%n service(s): outline it and list them", "", resultRow.serviceCount)
                              : qsTr("%1 · %2 %3").arg(resultRow.categoryName).arg(resultRow.address).arg(resultRow.postCode)
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: !resultRow.isPostCode && resultRow.matched.length > 0
                        text: resultRow.matched
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        font.italic: true
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
}
