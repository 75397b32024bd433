import QtQuick
import QtQuick.Controls
import PodPlanner

// The room to scale: grid, keep-outs, racks coloured by power use with their front edge marked and
// violation markers. Wheel zooms about the pointer, right/middle drag pans, left drag on a rack moves
// it (snapping to the grid and to neighbours), left drag on empty floor selects with a rubber band.
// A site of several halls shows the scope Planner.halls holds: the site overview (every hall outlined and
// labelled with its figures; a double-click in a hall opens it) or one hall alone, chosen in the switcher.
Item {
    id: root
    clip: true
    property real zoom: 0.05          // pixels per millimetre
    property real panX: 20
    property real panY: 20
    readonly property rect room: Planner.halls.bounds  // the hall shown, else the room (site)
    // The site overview of a project with halls: their labels stand above them (fit leaves room).
    readonly property bool siteOverview: Planner.halls.hasHalls && Planner.halls.hallId === ""
    // How racks are coloured: 0 power band, 1 heat map (kW/m²), 2 liquid vs air (H cycles, PlannerView).
    property int colouring: 0
    // The power chain pane is open under the floor (PlannerView); the button here asks to toggle it.
    property bool powerOpen: false
    signal togglePower()
    function cycleColouring() { colouring = (colouring + 1) % 3 }
    // A cooling unit's box in this item's pixels (tests); empty if there is no such unit.
    function coolingUnitRect(unitId) { return canvas.coolingUnitRect(unitId) }

    function fit() {
        if (room.width <= 0 || width <= 0) return
        // 36 px at the top: the colouring buttons stand there, clear of the room's edge; in the site
        // overview 34 px more for the halls' two-line labels.
        const top = Planner.halls.hasHalls && Planner.halls.hallId === "" ? 70 : 36  // not siteOverview: may not be re-evaluated yet
        zoom = Math.min((width - 40) / room.width, (height - top - 40) / room.height)
        panX = 20 - room.x * zoom + (width - 40 - room.width * zoom) / 2
        panY = top - room.y * zoom
    }
    function toPx(xMm, yMm) { return Qt.point(panX + xMm * zoom, panY + yMm * zoom) }
    function toMm(px, py) { return Qt.point((px - panX) / zoom, (py - panY) / zoom) }
    function centerOn(rackId) {
        // A rack in another hall than the one shown: that hall first.
        const hall = Planner.halls.indexOfRack(rackId)
        if (Planner.halls.hallId !== "" && hall > 0) Planner.halls.index = hall
        var r = canvas.rackRect(rackId)
        if (r.width <= 0) return
        panX += width / 2 - (r.x + r.width / 2)
        panY += height / 2 - (r.y + r.height / 2)
        userMoved = true
    }
    // A rack's footprint in this item's pixels (tests, centring); empty if there is no such rack.
    function rackRect(rackId) { return canvas.rackRect(rackId) }
    onWidthChanged: if (!userMoved) fit()
    onHeightChanged: if (!userMoved) fit()
    onRoomChanged: fit()
    property bool userMoved: false

    // Background, grid, room, keep-outs and every rack: one painted scene-graph node (FloorCanvas.cpp).
    FloorCanvas {
        id: canvas
        objectName: "floorCanvas"
        anchors.fill: parent
        model: Planner.racks
        zoom: root.zoom
        panX: root.panX
        panY: root.panY
        outline: Planner.halls.outline
        keepouts: Planner.halls.keepouts
        hall: Planner.halls.hallId
        hallOverview: Planner.halls.overview
        warningFraction: Planner.powerWarningFraction
        colouring: root.colouring
        coolingFloor: CoolingFloor
        powerWhatIf: PowerWhatIf
        selectedUnit: Planner.selection.count === 1 && CoolingFloor.count > 0 ? Planner.selection.ids[0] : ""
    }

    Rectangle {
        id: band
        visible: false
        color: "#221565c0"
        border.color: Theme.selection
    }

    MouseArea {
        id: background
        anchors.fill: parent
        acceptedButtons: Qt.LeftButton | Qt.RightButton | Qt.MiddleButton
        hoverEnabled: true
        property point start
        property string mode: ""        // "pan", "band" or "rack"
        property string rackId: ""      // the rack a left press landed on
        property point grab              // press point relative to that rack's centre, px
        property int dragId: 0
        property string hoverRack: ""
        property string hoverUnit: ""
        onPressed: (mouse) => {
            start = Qt.point(mouse.x, mouse.y)
            root.forceActiveFocus()
            if (mouse.button !== Qt.LeftButton) { mode = "pan"; return }
            // A cooling unit (drawn over the racks) is selected, not dragged.
            var unitId = canvas.coolingUnitAt(mouse.x, mouse.y)
            if (unitId !== "") {
                console.info(UiLog.category, "floor press: cooling unit " + unitId)
                Planner.selection.select(unitId, (mouse.modifiers & Qt.ControlModifier) !== 0)
                mode = "unit"
                return
            }
            rackId = canvas.rackAt(mouse.x, mouse.y)
            console.info(UiLog.category, "floor press: " + (rackId === "" ? "empty floor" : "rack " + rackId))
            if (rackId === "") {
                mode = "band"
                band.x = mouse.x; band.y = mouse.y; band.width = 0; band.height = 0; band.visible = true
                return
            }
            mode = "rack"
            var selected = Planner.selection.contains(rackId)
            if (mouse.modifiers & Qt.ControlModifier) Planner.selection.select(rackId, true)
            else if (!selected) Planner.selection.select(rackId)
            var r = canvas.rackRect(rackId)
            grab = Qt.point(mouse.x - (r.x + r.width / 2), mouse.y - (r.y + r.height / 2))
            dragId = Planner.beginRackDrag()
        }
        onPositionChanged: (mouse) => {
            if (!pressed) {
                hoverUnit = canvas.coolingUnitAt(mouse.x, mouse.y)
                hoverRack = hoverUnit === "" ? canvas.rackAt(mouse.x, mouse.y) : ""
                return
            }
            if (mode === "pan") {
                root.panX += mouse.x - start.x
                root.panY += mouse.y - start.y
                start = Qt.point(mouse.x, mouse.y)
                root.userMoved = true
            } else if (mode === "band") {
                band.x = Math.min(start.x, mouse.x); band.y = Math.min(start.y, mouse.y)
                band.width = Math.abs(mouse.x - start.x); band.height = Math.abs(mouse.y - start.y)
            } else if (mode === "rack") {
                var mm = root.toMm(mouse.x - grab.x, mouse.y - grab.y)
                Planner.moveRack(rackId, mm.x, mm.y, dragId)
            }
        }
        onReleased: {
            if (mode === "band") {
                band.visible = false
                if (band.width < 3 && band.height < 3) Planner.selection.clear()
                else Planner.selection.selectMany(canvas.racksIn(Qt.rect(band.x, band.y, band.width, band.height)))
            }
            mode = ""
        }
        onExited: { hoverRack = ""; hoverUnit = "" }
        onDoubleClicked: (mouse) => {
            if (!root.siteOverview) return
            const mm = root.toMm(mouse.x, mouse.y)
            const hall = Planner.halls.hallAt(mm.x, mm.y)
            if (hall > 0) Planner.halls.index = hall
        }
        onWheel: (wheel) => {
            var factor = wheel.angleDelta.y > 0 ? 1.15 : 1 / 1.15
            var before = root.toMm(wheel.x, wheel.y)
            root.zoom = Math.max(0.002, Math.min(2, root.zoom * factor))
            root.panX = wheel.x - before.x * root.zoom
            root.panY = wheel.y - before.y * root.zoom
            root.userMoved = true
        }
        ToolTip.visible: (hoverRack !== "" || hoverUnit !== "") && !pressed
        ToolTip.delay: 400
        ToolTip.text: hoverUnit !== "" ? canvas.coolingUnitToolTip(hoverUnit) : hoverRack === "" ? "" : canvas.rackToolTip(hoverRack)
    }

    // A rack dragged from the palette: its footprint to scale, snapped where it would land.
    Rectangle {
        id: ghost
        objectName: "rackDropGhost"
        visible: rackDrop.containsDrag
        color: "#405c6bc0"
        border.color: Theme.selection
        border.width: 2
        Rectangle { width: parent.width; height: 3; color: Theme.selection }  // the front edge (north)
    }
    DropArea {
        id: rackDrop
        anchors.fill: parent
        keys: ["rack"]
        function place(d) {
            const mm = root.toMm(d.x, d.y)
            const at = Planner.rackLanding(d.source.catalogId, mm.x, mm.y)
            const w = d.source.widthMm * root.zoom, h = d.source.depthMm * root.zoom
            const c = root.toPx(at.x, at.y)
            ghost.x = c.x - w / 2; ghost.y = c.y - h / 2; ghost.width = w; ghost.height = h
        }
        onEntered: (d) => place(d)
        onPositionChanged: (d) => place(d)
        onDropped: (d) => {
            var mm = root.toMm(d.x, d.y)
            Planner.addRack(d.source.catalogId, mm.x, mm.y)
            d.accept()
        }
    }

    // Legend and scale bar.
    Column {
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 8
        spacing: 2
        // The heat map's scale or the liquid/air key, in the colours the canvas paints (HeatMapLegend).
        Loader {
            active: root.colouring !== 0
            visible: active
            sourceComponent: root.colouring === 1 ? densityLegend : liquidAirLegend
        }
        Row {
            spacing: 8
            visible: root.colouring === 0
            Repeater {
                // Swatches in the fills the canvas paints racks with (LoadColours: FloorScene.h's table).
                model: [[LoadColours.fill(1), qsTr("≤ %1 of budget").arg(Planner.powerWarningText)],
                        [LoadColours.fill(2), qsTr("%1–100 %").arg(Planner.powerWarningText.replace(" %", ""))],
                        [LoadColours.fill(3), qsTr("over budget")]]
                Row {
                    required property var modelData
                    spacing: 3
                    Rectangle { width: 12; height: 12; color: modelData[0] }
                    Label { text: modelData[1]; font.pixelSize: 10 }
                }
            }
        }
        Row {
            spacing: 8
            // Cooling units: their box is coloured by load against the same line as racks.
            visible: CoolingFloor.count > 0
            Rectangle { width: 16; height: 10; radius: 2; color: LoadColours.fill(1); border.color: "#263238"; anchors.verticalCenter: parent.verticalCenter }
            Label { text: qsTr("cooling unit (load %)"); font.pixelSize: 10 }
            Rectangle { width: 16; height: 2; color: HeatMapLegend.liquidPipe; anchors.verticalCenter: parent.verticalCenter }
            Label { text: qsTr("coolant pipe"); font.pixelSize: 10 }
            Row {
                spacing: 2
                anchors.verticalCenter: parent.verticalCenter
                Repeater { model: 3; Rectangle { width: 4; height: 2; color: HeatMapLegend.airPipe } }
            }
            Label { text: qsTr("air unit serves"); font.pixelSize: 10 }
        }
        Row {
            spacing: 24
            Row {
                spacing: 4
                Rectangle { width: 1000 * root.zoom; height: 4; color: "#263238"; anchors.verticalCenter: parent.verticalCenter }
                Label { text: qsTr("1 m"); font.pixelSize: 10 }
            }
            Row {
                // The power view's what-if on the floor (PowerWhatIf): dark racks grey, overloaded ones outlined.
                objectName: "whatIfLegend"
                spacing: 8
                visible: PowerWhatIf.active || PowerWhatIf.darkRacks.length > 0 || PowerWhatIf.overloadedRacks.length > 0
                Label { text: PowerWhatIf.failed.length > 0 ? qsTr("What-if, %1 failed:").arg(PowerWhatIf.failed.join(", ")) : qsTr("Power chain:"); font.pixelSize: 10; font.bold: true }
                Rectangle { width: 12; height: 12; color: PowerWhatIf.darkFill }
                Label { text: qsTr("dark (no live feed)"); font.pixelSize: 10 }
                Rectangle { width: 12; height: 12; color: "transparent"; border.color: PowerWhatIf.overloadOutline; border.width: 2 }
                Label { text: qsTr("on an overloaded node"); font.pixelSize: 10 }
            }
        }
    }
    Component {
        id: densityLegend
        Row {
            objectName: "heatDensityLegend"
            spacing: 6
            Label { text: qsTr("Heat per m² of rack footprint:"); font.pixelSize: 10; font.bold: true }
            Repeater {
                model: HeatMapLegend.densitySteps
                Row {
                    required property var modelData
                    spacing: 3
                    Rectangle { width: 12; height: 12; color: modelData.fill; border.color: "#90a4ae" }
                    Label { text: modelData.label; font.pixelSize: 10 }
                }
            }
        }
    }
    Component {
        id: liquidAirLegend
        Row {
            objectName: "liquidAirLegend"
            spacing: 6
            Label { text: qsTr("Heat by medium:"); font.pixelSize: 10; font.bold: true }
            Rectangle { width: 12; height: 12; color: HeatMapLegend.liquid }
            Label { text: qsTr("liquid (cold plates) share, from the rack's left end"); font.pixelSize: 10 }
            Rectangle { width: 12; height: 12; color: HeatMapLegend.air; border.color: "#90a4ae" }
            Label { text: qsTr("air"); font.pixelSize: 10 }
            Rectangle { width: 12; height: 12; color: LoadColours.fill(0) }
            Label { text: qsTr("no heat"); font.pixelSize: 10 }
        }
    }
    // Rack colouring: power, heat map, liquid vs air (H cycles through them).
    Row {
        id: colouringBar
        objectName: "colouringBar"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: 6
        spacing: 0
        ButtonGroup { id: colouringGroup }
        Repeater {
            model: [qsTr("Power"), qsTr("Heat kW/m²"), qsTr("Liquid / air")]
            Button {
                required property int index
                required property string modelData
                objectName: "colouring_" + index
                text: modelData
                checkable: true
                checked: root.colouring === index
                ButtonGroup.group: colouringGroup
                font.pixelSize: 11
                padding: 4
                leftPadding: 8
                rightPadding: 8
                focusPolicy: Qt.NoFocus
                onClicked: root.colouring = index
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: qsTr("Colour racks by %1 (H cycles)").arg(modelData.toLowerCase())
            }
        }
    }
    Button {
        objectName: "powerToggle"
        anchors.left: colouringBar.right
        anchors.leftMargin: 12
        anchors.verticalCenter: colouringBar.verticalCenter
        text: PowerWhatIf.active ? qsTr("Power chain (P) · what-if") : qsTr("Power chain (P)")
        checked: root.powerOpen  // not checkable: follows the pane (P toggles it too)
        font.pixelSize: 11
        padding: 4
        leftPadding: 8
        rightPadding: 8
        focusPolicy: Qt.NoFocus
        onClicked: root.togglePower()
        ToolTip.visible: hovered
        ToolTip.delay: 500
        ToolTip.text: qsTr("The power chain and its what-if under the floor, instead of the rack elevations (P)")
    }
    // Site or one hall (Ctrl+PgDown / Ctrl+PgUp step through them); only a project with halls has it.
    Row {
        anchors.right: fitButton.left
        anchors.rightMargin: 8
        anchors.verticalCenter: fitButton.verticalCenter
        spacing: 6
        visible: Planner.halls.hasHalls
        Label { text: qsTr("Show"); anchors.verticalCenter: parent.verticalCenter; font.pixelSize: 11 }
        ComboBox {
            objectName: "hallSwitcher"
            model: Planner.halls.names
            currentIndex: Planner.halls.index
            focusPolicy: Qt.NoFocus
            font.pixelSize: 11
            implicitContentWidthPolicy: ComboBox.WidestText
            onActivated: (index) => Planner.halls.index = index
            ToolTip.visible: hovered
            ToolTip.delay: 500
            ToolTip.text: qsTr("The whole site or one hall (Ctrl+PgDown next, Ctrl+PgUp previous; double-click a hall in the site)")
        }
    }
    RoundButton {
        id: fitButton
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 6
        text: qsTr("Fit")
        onClicked: { root.userMoved = false; root.fit() }
    }
}
