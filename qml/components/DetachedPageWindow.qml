pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Atalaya

// One page in its own window, for a second or third screen. It opens where it was last placed
// (AppSettings remembers each page's geometry) and closing it brings the page back into the
// main window. Ctrl+Shift+D brings it back too.
ApplicationWindow {
    id: root

    required property string page
    property string pageTitle: root.page
    // The application is quitting: the window closes with it and the page stays detached for the
    // next start.
    property bool quitting: false

    signal bringBack(string page)

    function pageUrl(name: string): url {
        return Qt.resolvedUrl("../panels/" + name.charAt(0).toUpperCase() + name.slice(1) + "Page.qml")
    }
    function saveGeometry() {
        AppSettings.setDetachedGeometry(root.page, Qt.rect(root.x, root.y, root.width, root.height))
    }

    objectName: "detachedWindow_" + root.page
    title: qsTr("%1 — Atalaya").arg(root.pageTitle)
    width: Theme.detachedDefaultWidth
    height: Theme.detachedDefaultHeight
    minimumWidth: Theme.minimumWindowWidth
    minimumHeight: Theme.minimumWindowHeight
    color: Theme.background
    visible: true

    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceRaised
    palette.text: Theme.text
    palette.button: Theme.surfaceRaised
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.onAccent
    palette.mid: Theme.border
    palette.toolTipBase: Theme.surfaceRaised
    palette.toolTipText: Theme.text
    palette.placeholderText: Theme.textMuted

    Component.onCompleted: {
        const saved = AppSettings.detachedGeometry(root.page)
        if (saved.width > 0 && saved.height > 0) {
            root.x = saved.x
            root.y = saved.y
            root.width = saved.width
            root.height = saved.height
        }
    }
    // Closing the window is "bring it back": the page returns to the main window.
    onClosing: {
        root.saveGeometry()
        if (!root.quitting)
            root.bringBack(root.page)
    }

    Shortcut {
        sequence: "Ctrl+Shift+D"
        onActivated: root.close()
    }

    Loader {
        id: content
        objectName: "detachedPage_" + root.page
        anchors.fill: parent
        focus: true
        source: root.pageUrl(root.page)
    }
}
