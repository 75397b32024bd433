import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PodPlanner

// One side (A or B) of the comparison view: its title, the front of its first GPU rack with what that
// rack holds beside it, and its floor plan with racks coloured by power use against their budget. Both
// sides get the same `unitHeight` and `planScale`, so their racks and rooms compare by eye.
ColumnLayout {
    id: side
    property string tag                 // "A" or "B"
    property string title
    property string detail
    property FloorSnapshot floor: null  // CompareController.floorA: racks, room and keep-outs
    property rect room                  // the floor plan's extent in mm
    property var rack: ({})             // CompareController.gpuRackA: the rack drawn, front face
    property int fontSize: 17
    property int detailSize: 14
    property real unitHeight: 5         // px per U of the elevation (one for both sides)
    property bool presentation: false
    property real planScale: 0.05       // px per mm of the floor plan (one for both sides)
    property real roomH: room.height    // the taller room of both: both plans take its height
    readonly property bool hasRack: rack.id !== undefined
    spacing: 4
    Label {
        text: side.tag + " · " + side.title
        font.pixelSize: side.fontSize + 2
        font.bold: true
        elide: Text.ElideRight
        Layout.fillWidth: true
    }
    Label {
        text: side.detail
        font.pixelSize: side.fontSize - 3
        color: "#555"
        elide: Text.ElideRight
        Layout.fillWidth: true
    }
    // The first GPU rack's front, with what it is beside it.
    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: 4
        spacing: 14
        CompareElevation {
            objectName: "elevation" + side.tag
            visible: side.hasRack
            rack: side.rack
            unitHeight: side.unitHeight
            fontSize: side.fontSize
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 4
            Label {
                objectName: "elevationTitle" + side.tag
                Layout.fillWidth: true
                text: side.hasRack ? qsTr("Rack %1, front").arg(side.rack.name) : qsTr("No GPU rack")
                font.pixelSize: side.detailSize + 2
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: side.hasRack
                text: !side.hasRack ? "" : side.rack.gpuRacks === 1 ? qsTr("the only GPU rack")
                                                                     : qsTr("first of %1 GPU racks").arg(side.rack.gpuRacks)
                font.pixelSize: side.detailSize
                color: "#555"
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: side.hasRack
                text: side.hasRack ? side.rack.summary : ""
                font.pixelSize: side.detailSize
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: side.hasRack
                text: side.hasRack ? side.rack.modelName : ""
                font.pixelSize: side.detailSize - 1
                color: "#555"
                wrapMode: Text.Wrap
            }
            // What the colours of the elevation mean (not when presenting: the devices are named).
            Flow {
                Layout.fillWidth: true
                Layout.topMargin: 4
                visible: side.hasRack && !side.presentation
                spacing: 10
                Repeater {
                    model: [{ k: "gpu_node", t: qsTr("GPU node") }, { k: "switch", t: qsTr("switch") },
                            { k: "storage", t: qsTr("storage") }, { k: "pdu", t: qsTr("PDU") }, { k: "blank", t: qsTr("blank") }]
                    delegate: Row {
                        required property var modelData
                        spacing: 4
                        Rectangle {
                            width: 12; height: 12
                            anchors.verticalCenter: parent.verticalCenter
                            color: Theme.kindColour(modelData.k)
                            border.color: "#9e9e9e"
                        }
                        Label { text: modelData.t; font.pixelSize: Math.max(12, side.detailSize - 3) }
                    }
                }
            }
        }
    }
    // The floor plan: a FloorCanvas on this side's floor (the racks as the planner and the PDF draw them),
    // the rack drawn above outlined.
    Item {
        Layout.fillWidth: true
        Layout.topMargin: 6
        implicitHeight: side.roomH * side.planScale + 2 * margin
        readonly property real margin: 2  // room for the room outline's stroke
        FloorCanvas {
            objectName: "floor" + side.tag
            width: side.room.width * side.planScale + 2 * parent.margin
            height: side.room.height * side.planScale + 2 * parent.margin
            snapshot: side.floor
            zoom: side.planScale
            panX: parent.margin - side.room.x * side.planScale
            panY: parent.margin - side.room.y * side.planScale
        }
    }
}
