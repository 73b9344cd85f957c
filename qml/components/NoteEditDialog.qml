pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Atalaya

// Adds or changes an operator note: its text, where (a point on the map or a region) and when it
// applies (from now by default; until removed, or a few hours on). Saving asks the panel to check
// the note and shows each refusal beside its field; nothing is stored until every field is sound.
// Ctrl+Enter saves, Escape cancels.
Popup {
    id: root
    objectName: "noteEditDialog"

    required property NotesPanel panel
    property var noteId: 0                 // 0: a new note
    property var errors: ({})
    property string placeKind: "point"     // "point" or "region"
    property real pointLat: NaN
    property real pointLon: NaN
    property string pointSource            // how the point was chosen, as the form says it
    property var regionId: 0
    readonly property var untilChoices: [1, 2, 4, 8, 24]

    signal saved()

    function openNew(lat: real, lon: real, source: string) {
        root.noteId = 0
        root.fill(root.panel.newForm(lat, lon, 0))
        root.pointSource = source
        root.open()
    }
    function openEdit(id: var) {
        const form = root.panel.form(id)
        if (form.body === undefined)
            return
        root.noteId = id
        root.fill(form)
        root.pointSource = qsTr("where it was pinned")
        root.open()
    }
    function fill(form: var) {
        root.errors = {}
        bodyField.text = form.body
        const hasPoint = form.lat !== undefined && form.lat !== null
        root.pointLat = hasPoint ? form.lat : NaN
        root.pointLon = hasPoint ? form.lon : NaN
        root.regionId = form.regionId
        root.placeKind = !hasPoint && form.regionId > 0 ? "region" : "point"
        fromField.text = form.validFrom
        untilField.text = form.validUntil
    }
    function form(): var {
        const point = root.placeKind === "point"
        return {
            body: bodyField.text,
            lat: point ? root.pointLat : NaN,
            lon: point ? root.pointLon : NaN,
            regionId: point ? 0 : root.regionId,
            validFrom: fromField.text,
            validUntil: untilField.text
        }
    }
    function save() {
        const form = root.form()
        const errors = root.panel.check(form)
        if (Object.keys(errors).length > 0) {
            root.errors = errors
            return
        }
        const refusal = root.noteId !== 0 ? root.panel.update(root.noteId, form) : root.panel.add(form)
        if (refusal.length > 0) {
            root.errors = { store: refusal }
            return
        }
        root.errors = {}
        root.close()
        root.saved()
    }
    function errorOf(key: string): string {
        return root.errors[key] !== undefined ? root.errors[key] : ""
    }
    // Refusals that belong to no field of the form.
    function otherErrors(): string {
        return [root.errorOf("author"), root.errorOf("store")].filter(e => e.length > 0).join("\n")
    }

    modal: true
    focus: true
    padding: Theme.spacingL
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.overlayCardWidth + Theme.servicesPaneWidth / 2, (parent ? parent.width : Theme.defaultWindowWidth) - 2 * Theme.spacingL)
    height: Math.min(column.implicitHeight + 2 * Theme.spacingL,
                     (parent ? parent.height : Theme.defaultWindowHeight) - 2 * Theme.spacingL)
    onOpened: bodyField.forceActiveFocus()

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radiusM
        border.width: Theme.borderWidth
        border.color: Theme.border
    }

    component FieldError: Text {
        id: fieldError
        required property string message
        Layout.fillWidth: true
        visible: fieldError.message.length > 0
        text: "⚠ " + fieldError.message
        color: Theme.statusRedText
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: fieldError.message
    }
    component FieldLabel: Text {
        Layout.fillWidth: true
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
    }
    component TimeField: TextField {
        id: timeField
        required property string error
        Layout.fillWidth: true
        implicitHeight: Theme.textFieldHeight
        font.pixelSize: Theme.fontBody
        selectByMouse: true
        color: Theme.text
        placeholderTextColor: Theme.textDisabled
        background: Rectangle {
            color: Theme.background
            radius: Theme.radiusS
            border.width: timeField.activeFocus || timeField.error.length > 0 ? Theme.focusWidth : Theme.borderWidth
            border.color: timeField.error.length > 0 ? Theme.statusRed : timeField.activeFocus ? Theme.focusRing : Theme.border
        }
        Accessible.role: Accessible.EditableText
        Accessible.description: timeField.error
        onAccepted: root.save()
    }

    contentItem: Flickable {
        id: flick
        clip: true
        contentWidth: width
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        Shortcut {
            sequences: ["Ctrl+Return", "Ctrl+Enter"]
            enabled: root.opened
            onActivated: root.save()
        }

        ColumnLayout {
            id: column
            width: flick.width
            spacing: Theme.spacingS

            Text {
                Layout.fillWidth: true
                text: root.noteId !== 0 ? qsTr("Change the note") : qsTr("Add a note")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                Layout.fillWidth: true
                visible: root.noteId === 0 && !Dashboard.timeCursor.live
                text: qsTr("You are replaying a past moment. The note is written now, so replays show it from now on.")
                color: Theme.statusAmberText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }

            FieldLabel { text: qsTr("Text") }
            TextArea {
                id: bodyField
                objectName: "noteBody"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.textFieldHeight * 2
                font.pixelSize: Theme.fontBody
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                color: Theme.text
                placeholderText: qsTr("e.g. Road closed by flooding until 18:00")
                placeholderTextColor: Theme.textDisabled
                background: Rectangle {
                    color: Theme.background
                    radius: Theme.radiusS
                    border.width: bodyField.activeFocus || root.errorOf("body").length > 0 ? Theme.focusWidth : Theme.borderWidth
                    border.color: root.errorOf("body").length > 0 ? Theme.statusRed
                                                                  : bodyField.activeFocus ? Theme.focusRing : Theme.border
                }
                // Tab leaves the text for the next field, as in every other field of the form.
                Keys.onTabPressed: event => {
                    bodyField.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                    event.accepted = true
                }
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Text of the note")
                Accessible.description: root.errorOf("body")
            }
            FieldError { objectName: "noteBodyError"; message: root.errorOf("body") }

            FieldLabel { text: qsTr("Place") }
            ChoiceToggle {
                objectNamePrefix: "notePlace_"
                accessibleName: qsTr("Pin the note to")
                options: [{ key: "point", title: qsTr("A point") }, { key: "region", title: qsTr("A region") }]
                value: root.placeKind
                onChosen: value => root.placeKind = value
            }
            Text {
                objectName: "notePoint"
                Layout.fillWidth: true
                visible: root.placeKind === "point"
                text: isNaN(root.pointLat)
                      ? qsTr("No point chosen: close this form and right-click the map where the note belongs.")
                      : qsTr("%1, %2 (%3)").arg(root.pointLat.toFixed(5)).arg(root.pointLon.toFixed(5)).arg(root.pointSource)
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            ComboBox {
                id: regionBox
                objectName: "noteRegion"
                Layout.fillWidth: true
                visible: root.placeKind === "region"
                model: [{ id: 0, text: qsTr("Choose a region…") }].concat(root.panel.regions)
                textRole: "text"
                valueRole: "id"
                currentIndex: Math.max(0, regionBox.indexOfValue(root.regionId))
                onActivated: root.regionId = regionBox.currentValue
                Accessible.name: qsTr("Region of the note")
                Accessible.description: root.errorOf("region")
            }
            FieldError { objectName: "notePlaceError"; message: root.errorOf("place") }
            FieldError { objectName: "noteRegionError"; message: root.errorOf("region") }

            FieldLabel { text: qsTr("Valid from (year-month-day hours:minutes)") }
            TimeField {
                id: fromField
                objectName: "noteValidFrom"
                error: root.errorOf("validFrom")
                Accessible.name: qsTr("Valid from")
            }
            FieldError { objectName: "noteValidFromError"; message: root.errorOf("validFrom") }

            FieldLabel { text: qsTr("Valid until (empty: until removed)") }
            TimeField {
                id: untilField
                objectName: "noteValidUntil"
                error: root.errorOf("validUntil")
                placeholderText: qsTr("until removed")
                Accessible.name: qsTr("Valid until")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                Repeater {
                    model: root.untilChoices
                    delegate: Button {
                        id: untilButton
                        required property int modelData
                        objectName: "noteUntil" + untilButton.modelData
                        text: qsTr("+%1 h").arg(untilButton.modelData)
                        // As wide as the words: Basic's buttons are at least 100 px otherwise.
                        implicitWidth: untilButton.implicitContentWidth + untilButton.leftPadding + untilButton.rightPadding
                        font.pixelSize: Theme.fontSmall
                        focusPolicy: Qt.StrongFocus
                        Accessible.name: qsTr("Until %n hour(s) after the start", "", untilButton.modelData)
                        onClicked: untilField.text = root.panel.hoursAfter(fromField.text, untilButton.modelData)
                    }
                }
                Button {
                    id: removedButton
                    objectName: "noteUntilRemoved"
                    text: qsTr("Until removed")
                    implicitWidth: removedButton.implicitContentWidth + removedButton.leftPadding + removedButton.rightPadding
                    font.pixelSize: Theme.fontSmall
                    focusPolicy: Qt.StrongFocus
                    onClicked: untilField.text = ""
                }
            }
            FieldError { objectName: "noteValidUntilError"; message: root.errorOf("validUntil") }

            FieldError { objectName: "noteOtherError"; message: root.otherErrors() }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                spacing: Theme.spacingS
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Written as %1").arg(root.panel.author)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
                Button {
                    objectName: "noteCancel"
                    text: qsTr("Cancel")
                    focusPolicy: Qt.StrongFocus
                    onClicked: root.close()
                }
                Button {
                    objectName: "noteSave"
                    text: root.noteId !== 0 ? qsTr("Save changes") : qsTr("Add note")
                    focusPolicy: Qt.StrongFocus
                    highlighted: true
                    onClicked: root.save()
                }
            }
        }
    }
}
