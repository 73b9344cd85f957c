pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtLocation
import QtPositioning
import Atalaya

// Operator notes on a CityMap: a pin and a short label for each note valid at the time cursor (a
// note pinned to a region stands at the region's centre, its pin hollow), its card on a click or
// Enter, and the form to add, change or remove notes. Self-contained: put it inside any CityMap
// as NotesLayer { map: cityMap }, then call addNoteAt() / addNoteAtCentre() / openCard().
Item {
    id: root

    required property CityMap map
    property NotesPanel panel: Dashboard.notes
    // Off on maps that only show notes (a presentation screen).
    property bool editable: true
    property var openNoteId: 0
    readonly property var openNote: root.panel.revision >= 0 && root.openNoteId !== 0 ? root.panel.note(root.openNoteId) : ({})
    property string cardError

    function openCard(noteId: var) {
        root.cardError = ""
        root.openNoteId = noteId
        card.forceActiveFocus(Qt.OtherFocusReason)
    }
    function closeCard() {
        root.openNoteId = 0
        root.map.forceActiveFocus(Qt.OtherFocusReason)
    }
    function addNoteAt(coordinate: var, source: string) {
        if (!root.editable || !coordinate || !coordinate.isValid)
            return
        dialog.openNew(coordinate.latitude, coordinate.longitude, source)
    }
    function addNoteAtCentre() {
        root.addNoteAt(root.map.map.center, qsTr("the centre of the map"))
    }
    function editNote(noteId: var) {
        if (root.editable)
            dialog.openEdit(noteId)
    }

    // The layer itself draws nothing: its parts live on the map and over it.
    visible: false

    // The pins are an overlay over the whole map, not map items: a page's own point layer (the Map
    // page's services) is drawn over the Map and would hide map items, and a note is what a
    // coordinator must not miss. A few dozen notes: one item each, placed from the map's view.
    Item {
        objectName: "notePins"
        parent: root.map
        anchors.fill: parent
        z: 2
        clip: true

        Repeater {
            model: root.panel.model
            delegate: Item {
                id: pin
                required property var id
                required property string body
                required property real lat
                required property real lon
                required property bool hasPlace
                required property string placeText
                required property string validText

                readonly property real size: Theme.hospitalMarkerSelectedSize
                readonly property Map view: root.map.map
                // Re-placed whenever the view pans, zooms or resizes; the pin's tip is on the place.
                readonly property point tip: {
                    void [pin.view.center, pin.view.zoomLevel, pin.view.width, pin.view.height]
                    const onView = pin.view.fromCoordinate(QtPositioning.coordinate(pin.lat, pin.lon), false)
                    return pin.parent ? pin.parent.mapFromItem(pin.view, onView.x, onView.y) : Qt.point(0, 0)
                }
                x: pin.tip.x - pin.size / 2
                y: pin.tip.y - pin.size
                width: mark.implicitWidth
                height: mark.implicitHeight

                Item {
                    id: mark
                    objectName: "notePin"
                    implicitWidth: pin.size + Theme.spacingS + label.width + Theme.spacingXs
                    implicitHeight: Math.max(pin.size, label.implicitHeight)
                    activeFocusOnTab: true
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("Note: %1. %2. %3").arg(pin.body).arg(pin.placeText).arg(pin.validText)
                    Keys.onReturnPressed: root.openCard(pin.id)
                    Keys.onEnterPressed: root.openCard(pin.id)
                    Keys.onSpacePressed: root.openCard(pin.id)

                    // A drop: a square on its corner with three corners rounded, the sharp one down.
                    Rectangle {
                        readonly property real side: pin.size / Math.SQRT2
                        x: (pin.size - width) / 2
                        y: (pin.size - height) / 2
                        width: side
                        height: side
                        rotation: 45
                        topLeftRadius: side / 2
                        topRightRadius: side / 2
                        bottomLeftRadius: side / 2
                        bottomRightRadius: 0
                        // A place's pin is filled, a region's hollow: the difference never rests on colour.
                        color: pin.hasPlace ? Theme.chartSelected : Theme.markerHalo
                        border.width: Theme.focusWidth
                        border.color: pin.hasPlace ? Theme.markerHalo : Theme.chartSelected
                    }
                    Rectangle {
                        anchors.fill: parent
                        anchors.margins: -Theme.focusWidth
                        visible: mark.activeFocus
                        color: Theme.mapNoFill
                        radius: Theme.radiusS
                        border.width: Theme.focusWidth
                        border.color: Theme.focusRing
                    }
                    // A chip under the label keeps it readable over districts, rivers and points.
                    Rectangle {
                        x: label.x - Theme.spacingXs
                        y: label.y
                        width: label.width + 2 * Theme.spacingXs
                        height: label.height
                        radius: Theme.radiusS
                        color: Theme.surface
                        opacity: Theme.panelOpacity
                        border.width: Theme.borderWidth
                        border.color: Theme.chartSelected
                    }
                    Text {
                        id: label
                        x: pin.size + Theme.spacingS
                        y: (pin.size - label.implicitHeight) / 2
                        width: Math.min(label.implicitWidth, Theme.overlayCardWidth / 2)
                        text: pin.body
                        elide: Text.ElideRight
                        maximumLineCount: 1
                        textFormat: Text.PlainText
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                    }
                    HoverHandler {
                        cursorShape: Qt.PointingHandCursor
                    }
                    TapHandler {
                        gesturePolicy: TapHandler.ReleaseWithinBounds
                        onTapped: root.openCard(pin.id)
                    }
                }
            }
        }
    }

    NoteCard {
        id: card
        objectName: "noteCard"
        parent: root.map
        anchors { left: parent.left; top: parent.top; margins: Theme.spacingL }
        width: Math.min(Theme.overlayCardWidth, root.map.width - Theme.mapButtonSize - 3 * Theme.spacingL)
        z: 20
        visible: root.openNoteId !== 0 && root.openNote.id !== undefined
        note: root.openNote
        error: root.cardError
        editable: root.editable
        onEditRequested: noteId => root.editNote(noteId)
        onRemoveRequested: noteId => {
            const refusal = root.panel.remove(noteId)
            if (refusal.length > 0)
                root.cardError = refusal
            else
                root.closeCard()
        }
        onCloseRequested: root.closeCard()
    }

    NoteEditDialog {
        id: dialog
        parent: root.map
        panel: root.panel
    }
}
