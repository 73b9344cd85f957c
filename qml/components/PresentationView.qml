pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Atalaya

// Presentation mode for a video wall or a briefing room: the chosen pages (AppSettings playlist)
// one after the other on a timer, drawn Theme.presentationScale times larger, under a bar that
// always says the time of the data, whether the cursor is live or replaying, and the filters and
// selection on screen. Esc leaves, Space pauses, Left/Right step pages. Each page is built the
// first time it comes up and then kept, so the cycle does not rebuild maps.
FocusScope {
    id: root
    objectName: "presentationView"

    property bool active: false
    property bool paused: false
    property list<string> playlist: AppSettings.presentationPages
    property int secondsPerPage: AppSettings.presentationSeconds
    // One tick of the countdown; tests make it short.
    property int tickInterval: 1000
    property int position: 0
    property int elapsed: 0
    readonly property string currentPage: root.playlist.length > 0
                                          ? root.playlist[Math.min(root.position, root.playlist.length - 1)] : ""
    readonly property int remaining: Math.max(0, root.secondsPerPage - root.elapsed)

    signal exitRequested()

    function start() {
        root.position = 0
        root.elapsed = 0
        root.paused = false
        root.active = true
        root.forceActiveFocus()
    }
    function stop() {
        root.active = false
        settings.close()
    }
    function step(delta: int) {
        if (root.playlist.length === 0)
            return
        root.position = (root.position + delta + root.playlist.length) % root.playlist.length
        root.elapsed = 0
    }
    function togglePause() {
        root.paused = !root.paused
    }
    function pageUrl(page: string): url {
        return Qt.resolvedUrl("../panels/" + page.charAt(0).toUpperCase() + page.slice(1) + "Page.qml")
    }

    visible: root.active
    // A playlist edited while presenting may get shorter than where we are.
    onPlaylistChanged: if (root.position >= root.playlist.length) root.position = 0

    Keys.onEscapePressed: root.exitRequested()
    Keys.onSpacePressed: root.togglePause()
    Keys.onLeftPressed: root.step(-1)
    Keys.onRightPressed: root.step(1)

    Timer {
        objectName: "presentationTimer"
        interval: root.tickInterval
        repeat: true
        running: root.active && !root.paused && root.playlist.length > 1
        onTriggered: {
            root.elapsed += 1
            if (root.elapsed >= root.secondsPerPage)
                root.step(1)
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Made while presenting only: its bindings follow the data time and the cursor, which
        // move on every step of a replay.
        Loader {
            Layout.fillWidth: true
            active: root.active
            sourceComponent: PresentationBar {
                page: root.currentPage
                position: root.position
                pageCount: root.playlist.length
                paused: root.paused
                remaining: root.remaining
                cycling: root.playlist.length > 1
                onSettingsRequested: settings.open()
                onExitRequested: root.exitRequested()
                onPauseRequested: root.togglePause()
            }
        }

        Item {
            id: stage
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true

            Repeater {
                model: root.playlist
                delegate: Loader {
                    id: slot
                    required property string modelData
                    required property int index
                    readonly property bool current: root.active && slot.index === root.position
                    objectName: "presentationPage_" + slot.modelData
                    // Laid out for the stage divided by the scale, then drawn scaled up: the page
                    // reflows as on a smaller screen and every type size grows alike.
                    width: stage.width / Theme.presentationScale
                    height: stage.height / Theme.presentationScale
                    scale: Theme.presentationScale
                    transformOrigin: Item.TopLeft
                    visible: slot.current
                    function load() {
                        if (!slot.current || slot.status !== Loader.Null)
                            return
                        // The Overview leaves out its actions (mark, export) on a wall.
                        slot.setSource(root.pageUrl(slot.modelData),
                                       slot.modelData === "overview" ? { presenting: true } : {})
                    }
                    onCurrentChanged: slot.load()
                    Component.onCompleted: slot.load()
                }
            }
        }
    }

    PresentationSettings {
        id: settings
        objectName: "presentationSettings"
        parent: root
        x: root.width - width - Theme.spacingL
        y: Theme.presentationBarHeight
        onClosed: root.forceActiveFocus()
    }
}
