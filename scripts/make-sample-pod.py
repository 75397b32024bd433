#!/usr/bin/env python3
"""Writes resources/samples/sample-pod.podplan: the sales demo of one 32-node DGX H100 pod laid out two ways,
as two scenarios of one project in one room (View → Compare shows them side by side):

  "4 nodes per rack" (active): the SuperPOD H100 layout of shared/domain/BRIEF.md, laid out by hand —
      row A: 8 GPU racks of 4 × DGX H100 (40.8 kW each) with 2 network racks in the middle
      (8 leaf + 4 spine QM9700, in-band SN4600C, OOB SN2201), and one storage rack closing the row.
  "2 nodes per rack": the same 32 DGX H100 at 2 per rack, GPU racks filled as `podplanner generate
      --per-rack 2` fills them (0U PDUs, nodes from U1, blanking panels above): row A keeps the same
      2 network racks in the middle of 8 GPU racks and the same storage rack at its end; row B, back to
      back with row A across a 1.2 m hot aisle, holds the other 8 GPU racks.

The network racks and the storage rack (one VAST DBox DF-3015V2, placed and powered as the generator places
storage: a 0U PDU on each of feeds A and B, the enclosure from U1, blanks above) are identical in both
scenarios, so a comparison shows only what the density changes. Budgets are the generator's: the smallest
5 kW step the rack's max draw stays within 80 % of (55 kW for 40.8 kW, 30 kW for 20.4 kW, 15 kW for the
network racks' 11.1 kW, 5 kW for storage), so both scenarios check warning-free.

The output is the planner's canonical form (sorted keys, 2-space indent, UTF-8): saving it unchanged does not
change a byte. Run: python3 scripts/make-sample-pod.py"""
import json, math, pathlib

RACK_W, RACK_D = 800, 1112           # hpe-10848-g2 footprint, mm
ROW_X0 = 3000                        # west edge of both rows
ROW_A_Y = 4000                       # row A centre line; fronts face north (cold aisle)
ROW_B_Y = ROW_A_Y + RACK_D + 1200    # row B centre line, turned 180°: backs share a 1.2 m hot aisle with row A

# Catalog figures the layout depends on (catalog/*.json).
DGX_MAX_W = 10200                    # nvidia-dgx-h100 power.max_w
STORAGE_ID, STORAGE_MAX_W = "vast-dbox-df3015v2", 850   # 1U, 338 TB raw, front-to-rear


def budget_w(load_w):
    """The generator's default budget (model/generator/Sizing.cpp roundedBudgetW): the smallest 5 kW step
    that the load is at most 80 % of."""
    return max(5000, math.ceil(load_w / 0.8 / 5000 - 1e-9) * 5000)


class Layout:
    def __init__(self):
        self.racks, self.devices = [], []
        self.leaves, self.spines, self.inband, self.oob = [], [], [], []
        self.node = 0

    def rack(self, rid, name, row, j, cooling, budget, rotation=0):
        y = ROW_A_Y if row == "A" else ROW_B_Y
        self.racks.append({
            "id": rid, "name": name, "model": "hpe-10848-g2",
            "position": [ROW_X0 + RACK_W // 2 + j * RACK_W, y], "rotation": rotation, "row": row,
            "front_aisle": "cold", "cooling": cooling, "power_budget_w": budget, "feeds": ["A", "B"],
        })

    def dev(self, did, cat, rack, u, name, face="front", feed=None):
        d = {"id": did, "catalog": cat, "rack": rack, "u": u, "face": face, "name": name}
        if feed: d["feed"] = feed
        self.devices.append(d)

    def dgx(self, rid, u):
        self.node += 1
        self.dev(f"dgx-{self.node:02d}", "nvidia-dgx-h100", rid, u, f"DGX-{self.node:02d}")

    def blanks_2u(self, rid, name, first_u, last_u):
        """2U blanking panels over U first_u … last_u (an even number of U), as the generator fills gaps."""
        for u in range(first_u, last_u, 2):
            self.dev(f"{rid}-blank-{u}", "blank-2u", rid, u, f"{name}-BLANK-{u}")

    # Hand-laid SuperPOD racks (unchanged from the one-layout sample but for the budget).
    def gpu_rack_4(self, i, j):
        rid, name = f"r{i:02d}", f"A{j + 1:02d}"
        self.rack(rid, name, "A", j, "cooling-rdhx-active", budget_w(4 * DGX_MAX_W))  # 40.8 kW → 55 kW
        self.dev(f"{rid}-pdu-a1", "generic-pdu-2u-3ph-415v-60a", rid, 1, f"{name}-PDU-A1", feed="A")
        self.dev(f"{rid}-pdu-b1", "generic-pdu-2u-3ph-415v-60a", rid, 3, f"{name}-PDU-B1", feed="B")
        for k in range(4):
            self.dgx(rid, 5 + 8 * k)
        self.dev(f"{rid}-pdu-a2", "generic-pdu-2u-3ph-415v-60a", rid, 37, f"{name}-PDU-A2", feed="A")
        self.dev(f"{rid}-pdu-b2", "generic-pdu-2u-3ph-415v-60a", rid, 39, f"{name}-PDU-B2", feed="B")
        self.blanks_2u(rid, name, 41, 49)

    def network_rack(self, i, j, n):
        rid, name = f"r{i:02d}", f"A{j + 1:02d}"
        self.rack(rid, name, "A", j, "cooling-contained-air", 15000)
        self.dev(f"{rid}-pdu-a", "apc-ap8886", rid, 0, f"{name}-PDU-A", feed="A")
        self.dev(f"{rid}-pdu-b", "apc-ap8886", rid, 0, f"{name}-PDU-B", feed="B")
        for k in range(4):  # compute leaves, turned (rear-to-front airflow)
            lid = f"leaf-{(n - 1) * 4 + k + 1:02d}"
            self.dev(lid, "nvidia-qm9700", rid, 28 + k, f"IB-LEAF-{(n - 1) * 4 + k + 1:02d}", face="rear")
            self.leaves.append(lid)
        self.dev(f"{rid}-blank-32", "blank-1u", rid, 32, f"{name}-BLANK-32")
        for k in range(2):
            sid = f"spine-{(n - 1) * 2 + k + 1:02d}"
            self.dev(sid, "nvidia-qm9700", rid, 33 + k, f"IB-SPINE-{(n - 1) * 2 + k + 1:02d}", face="rear")
            self.spines.append(sid)
        self.dev(f"inband-{n}", "nvidia-sn4600c", rid, 40, f"INBAND-{n}")
        self.inband.append(f"inband-{n}")
        self.dev(f"{rid}-blank-42", "blank-1u", rid, 42, f"{name}-BLANK-42")
        self.dev(f"{rid}-blank-43", "blank-1u", rid, 43, f"{name}-BLANK-43")
        self.dev(f"oob-{n}", "nvidia-sn2201", rid, 44, f"OOB-{n}")
        self.oob.append(f"oob-{n}")

    # Racks as the generator fills them (model/generator/PodAssembly.cpp).
    def gpu_rack_2(self, i, row, j):
        # 20.4 kW: one 22 kW 0U AP8886 per feed carries it; budget 30 kW; the cheapest cooling that
        # removes 20.4 kW by air is contained air (30 kW; room air removes 10 kW).
        rid, name = f"r{i:02d}", f"{row}{j + 1:02d}"
        self.rack(rid, name, row, j, "cooling-contained-air", budget_w(2 * DGX_MAX_W), 0 if row == "A" else 180)
        self.dev(f"{rid}-pdu-a", "apc-ap8886", rid, 0, f"{name}-PDU-A", feed="A")
        self.dev(f"{rid}-pdu-b", "apc-ap8886", rid, 0, f"{name}-PDU-B", feed="B")
        self.dgx(rid, 1)
        self.dgx(rid, 9)
        self.blanks_2u(rid, name, 17, 49)

    def storage_rack(self, i, j):
        # 0.85 kW: the smallest 0U PDU that carries it alone on each feed (single-phase 230 V 32 A,
        # 7.36 kW), budget 5 kW, room air (10 kW) removes it.
        rid, name = f"r{i:02d}", f"A{j + 1:02d}"
        self.rack(rid, name, "A", j, "cooling-room-air", budget_w(STORAGE_MAX_W))
        self.dev(f"{rid}-pdu-a", "generic-pdu-0u-1ph-230v-32a", rid, 0, f"{name}-PDU-A", feed="A")
        self.dev(f"{rid}-pdu-b", "generic-pdu-0u-1ph-230v-32a", rid, 0, f"{name}-PDU-B", feed="B")
        self.dev("stor-01", STORAGE_ID, rid, 1, "STOR-01")
        self.blanks_2u(rid, name, 2, 48)
        self.dev(f"{rid}-blank-48", "blank-1u", rid, 48, f"{name}-BLANK-48")

    def json(self):
        return {"racks": self.racks, "devices": self.devices, "network": {"fabrics": [
            {"id": "compute", "kind": "compute", "leaves": self.leaves, "spines": self.spines},
            {"id": "inband", "kind": "inband", "leaves": self.inband, "spines": []},
            {"id": "oob", "kind": "oob", "leaves": self.oob, "spines": []}]}}


# 4 nodes per rack: A01–A04 GPU, A05–A06 network, A07–A10 GPU, A11 storage (r01 … r11).
four = Layout()
for j in range(10):
    if j in (4, 5):
        four.network_rack(j + 1, j, j - 3)
    else:
        four.gpu_rack_4(j + 1, j)
four.storage_rack(11, 10)

# 2 nodes per rack: row A as above with 2-node GPU racks (r01 … r11), row B B01–B08 GPU (r12 … r19).
two = Layout()
for j in range(10):
    if j in (4, 5):
        two.network_rack(j + 1, j, j - 3)
    else:
        two.gpu_rack_2(j + 1, "A", j)
two.storage_rack(11, 10)
for j in range(8):
    two.gpu_rack_2(12 + j, "B", j)

project = {
    "format": "podplanner", "version": 1,
    "meta": {"name": "Sample pod — 32 × DGX H100, 2 vs 4 per rack", "revision": "B", "author": "Pod Planner",
             "date": "2026-11-23",
             "description": "Sales demo: one scalable unit of 32 DGX H100 in two scenarios. \"4 nodes per rack\": "
                            "8 GPU racks (40.8 kW each) in one row; \"2 nodes per rack\": 16 GPU racks (20.4 kW each) "
                            "in two rows. Both share 2 network racks (8 leaf + 4 spine QM9700, in-band SN4600C, "
                            "OOB SN2201) and a storage rack (VAST DBox DF-3015V2). View → Compare shows them side by side."},
    "settings": {"cable_slack_mm": 2000, "tray_height_mm": 600},
    "room": {"name": "Hall 1, pod A",
             "outline": [[0, 0], [14000, 0], [14000, 9000], [0, 9000]],
             "keepouts": [{"id": "col-1", "name": "Column C1", "kind": "column",
                           "outline": [[1000, 1000], [1600, 1000], [1600, 1600], [1000, 1600]]},
                          {"id": "crah-1", "name": "CRAH 1", "kind": "crah",
                           "outline": [[0, 6000], [900, 6000], [900, 8000], [0, 8000]]}],
             "power_capacity_w": 500000, "cooling_capacity_w": 500000, "floor_load_kg_m2": 1200,
             "pue": 1.3, "min_aisle_mm": 1200},
    "scenario": "4 nodes per rack",
    **four.json(),
    "scenarios": [{"name": "2 nodes per rack", **two.json()}],
}
out = pathlib.Path(__file__).resolve().parent.parent / "resources/samples/sample-pod.podplan"
out.write_text(json.dumps(project, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
print(out)
