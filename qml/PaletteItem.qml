import QtQuick
import QtQuick.Controls
import PodPlanner

// One catalog entry. Press and drag starts a drag at once (never a list flick): `proxy` follows the
// pointer above every panel and drops onto a rack slot (equipment) or the floor (racks). Double-click
// (or Enter on the current item) adds it without a drag: `activated`.
Item {
    id: root
    required property int index
    required property string itemId
    required property string kind
    required property string name
    required property string figures
    required property bool unverified
    required property real uHeight
    required property bool isRack
    required property string proxyText
    required property int widthMm
    required property int depthMm
    property Item proxy
    property bool current: false
    signal activated()
    signal pressed()
    height: 44

    Rectangle {
        id: tile
        objectName: "paletteTile_" + root.itemId
        width: root.width
        height: root.height
        radius: 3
        color: mouse.containsMouse ? "#e8eef7" : "white"
        border.color: root.current ? Theme.selection : "#cfcfcf"
        border.width: root.current ? 2 : 1
        Rectangle { width: 5; height: parent.height; color: root.isRack ? "#555" : Theme.kindColour(root.kind) }
        Column {
            x: 10
            y: 4
            width: parent.width - 14
            Label {
                width: parent.width
                text: root.name + (root.unverified ? "  ◐" : "")
                elide: Text.ElideRight
                font.pixelSize: 12
            }
            Label {
                width: parent.width
                text: root.figures
                elide: Text.ElideRight
                font.pixelSize: 10
                color: "#555"
            }
        }
        ToolTip.visible: mouse.containsMouse && root.unverified && !mouse.pressed
        ToolTip.text: qsTr("Some figures of this item are unverified (see the inspector)")
        ToolTip.delay: 600
        MouseArea {
            id: mouse
            anchors.fill: parent
            hoverEnabled: true
            preventStealing: true   // the list never turns a drag on an item into a flick
            property point pressPos
            onPressed: (m) => { pressPos = Qt.point(m.x, m.y); root.pressed() }
            onPositionChanged: (m) => {
                if (!pressed || !root.proxy) return
                if (!root.proxy.active) {
                    if (Math.abs(m.x - pressPos.x) + Math.abs(m.y - pressPos.y) < 3) return
                    const p0 = mapToItem(root.proxy.parent, m.x, m.y)
                    root.proxy.start(root, p0.x, p0.y)
                }
                const p = mapToItem(root.proxy.parent, m.x, m.y)
                root.proxy.moveTo(p.x, p.y)
            }
            onReleased: if (root.proxy) root.proxy.finish()
            onCanceled: if (root.proxy) root.proxy.cancel()
            onDoubleClicked: root.activated()
        }
    }
}
