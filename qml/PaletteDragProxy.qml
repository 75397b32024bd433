import QtQuick
import QtQuick.Controls
import PodPlanner

// What follows the pointer while a palette item is dragged: a tile with the item's name, U height and
// kW on the window's content item, above every panel (PlannerView parents it there). Its top-left corner is the drag hot spot and sits under
// the pointer (drop targets read the dragged item's top edge there); the tile is drawn just below and
// right of it so the pointer never hides it. Drop targets read catalogId/uHeight/isRack/deviceId.
Item {
    id: proxy
    objectName: "paletteDragProxy"
    z: 100000
    visible: active
    width: 1
    height: 1

    property bool active: false
    property string catalogId
    property string deviceId: ""   // always empty: a palette item is a new device
    property real uHeight: 0
    property bool isRack: false
    property string kind
    property string name
    property string detail
    property int widthMm: 0
    property int depthMm: 0

    Drag.active: active
    Drag.keys: isRack ? ["rack"] : ["device"]
    Drag.hotSpot.x: 0
    Drag.hotSpot.y: 0

    function start(item, sceneX, sceneY) {
        catalogId = item.itemId; uHeight = item.uHeight; isRack = item.isRack; kind = item.kind
        name = item.name; detail = item.proxyText; widthMm = item.widthMm; depthMm = item.depthMm
        moveTo(sceneX, sceneY)
        active = true
        console.info(UiLog.category, "drag started: " + catalogId)
    }
    function moveTo(sceneX, sceneY) { x = sceneX; y = sceneY }
    // Drops where the pointer is; true when a target took it.
    function finish() {
        if (!active) return false
        const action = Drag.drop()
        active = false
        console.info(UiLog.category, "drag dropped: " + catalogId + (action === Qt.IgnoreAction ? " (not taken)" : ""))
        return action !== Qt.IgnoreAction
    }
    function cancel() {
        if (!active) return
        Drag.cancel()
        active = false
        console.info(UiLog.category, "drag cancelled: " + catalogId)
    }

    Rectangle {
        x: 14
        y: 10
        width: 230
        height: 40
        radius: 4
        color: "#cfdff5"   // a lifted tile: clearly not part of the floor or a rack under it
        border.color: Theme.selection
        border.width: 2
        Rectangle { x: 2; y: 2; width: 6; height: parent.height - 4; color: proxy.isRack ? "#555" : Theme.kindColour(proxy.kind) }
        Column {
            x: 14
            y: 3
            width: parent.width - 18
            Label { width: parent.width; text: proxy.name; elide: Text.ElideRight; font.pixelSize: 12; font.bold: true }
            Label { width: parent.width; text: proxy.detail; elide: Text.ElideRight; font.pixelSize: 11; color: "#37474f" }
        }
    }
}
