import QtQuick
import QtQuick.Controls
import PodPlanner

// One catalog entry; dragging it carries catalogId/uHeight/isRack to the drop targets.
Item {
    id: root
    required property string itemId
    required property string kind
    required property string name
    required property string figures
    required property bool unverified
    required property real uHeight
    required property bool isRack
    height: 44

    Rectangle {
        id: tile
        objectName: "paletteTile_" + root.itemId
        property string catalogId: root.itemId
        property real uHeight: root.uHeight
        property bool isRack: root.isRack
        property string deviceId: ""
        width: root.width
        height: root.height
        radius: 3
        color: mouse.containsMouse ? "#e8eef7" : "white"
        border.color: "#cfcfcf"
        Drag.active: mouse.drag.active
        Drag.keys: root.isRack ? ["rack"] : ["device"]
        Drag.hotSpot.x: 10
        Drag.hotSpot.y: 10
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
        ToolTip.visible: mouse.containsMouse && root.unverified && !mouse.drag.active
        ToolTip.text: qsTr("Some figures of this item are unverified (see the inspector)")
        ToolTip.delay: 600
        states: State {
            when: mouse.drag.active
            ParentChange { target: tile; parent: Overlay.overlay }
            PropertyChanges { target: tile; opacity: 0.85; width: 220 }
        }
        MouseArea {
            id: mouse
            anchors.fill: parent
            hoverEnabled: true
            drag.target: tile
            onReleased: {
                tile.Drag.drop()
                tile.x = 0
                tile.y = 0
            }
        }
    }
}
