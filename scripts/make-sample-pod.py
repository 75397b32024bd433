#!/usr/bin/env python3
"""Writes resources/samples/sample-pod.podplan: the 32-node DGX H100 pod at 4 nodes per rack
(8 GPU racks + 2 network racks in the middle of one row, per the SuperPOD H100 layout in
shared/domain/BRIEF.md). Kept so the sample can be regenerated and reviewed as code; the
pod generator (`podplanner generate`) supersedes it once it exists."""
import json, pathlib

RACK_W, RACK_D = 800, 1112          # hpe-10848-g2 footprint, mm
ROW_X0, ROW_Y = 3000, 4000          # west edge of the row, row centre line
racks, devices = [], []
leaves, spines, inband, oob = [], [], [], []

def dev(did, cat, rack, u, name, face="front", feed=None):
    d = {"id": did, "catalog": cat, "rack": rack, "u": u, "face": face, "name": name}
    if feed: d["feed"] = feed
    devices.append(d)

node = 0
for i in range(10):
    rid = f"r{i+1:02d}"
    name = f"A{i+1:02d}"
    network = i in (4, 5)
    racks.append({
        "id": rid, "name": name, "model": "hpe-10848-g2",
        "position": [ROW_X0 + RACK_W // 2 + i * RACK_W, ROW_Y], "rotation": 0, "row": "A",
        "front_aisle": "cold",
        "cooling": "cooling-contained-air" if network else "cooling-rdhx-active",
        "power_budget_w": 15000 if network else 45000, "feeds": ["A", "B"],
    })
    if network:
        n = i - 3  # 1 or 2
        dev(f"{rid}-pdu-a", "apc-ap8886", rid, 0, f"{name}-PDU-A", feed="A")
        dev(f"{rid}-pdu-b", "apc-ap8886", rid, 0, f"{name}-PDU-B", feed="B")
        for k in range(4):  # compute leaves, turned (rear-to-front airflow)
            lid = f"leaf-{(n-1)*4+k+1:02d}"
            dev(lid, "nvidia-qm9700", rid, 28 + k, f"IB-LEAF-{(n-1)*4+k+1:02d}", face="rear")
            leaves.append(lid)
        dev(f"{rid}-blank-32", "blank-1u", rid, 32, f"{name}-BLANK-32")
        for k in range(2):
            sid = f"spine-{(n-1)*2+k+1:02d}"
            dev(sid, "nvidia-qm9700", rid, 33 + k, f"IB-SPINE-{(n-1)*2+k+1:02d}", face="rear")
            spines.append(sid)
        dev(f"inband-{n}", "nvidia-sn4600c", rid, 40, f"INBAND-{n}")
        inband.append(f"inband-{n}")
        dev(f"{rid}-blank-42", "blank-1u", rid, 42, f"{name}-BLANK-42")
        dev(f"{rid}-blank-43", "blank-1u", rid, 43, f"{name}-BLANK-43")
        dev(f"oob-{n}", "nvidia-sn2201", rid, 44, f"OOB-{n}")
        oob.append(f"oob-{n}")
    else:
        dev(f"{rid}-pdu-a1", "generic-pdu-2u-3ph-415v-60a", rid, 1, f"{name}-PDU-A1", feed="A")
        dev(f"{rid}-pdu-b1", "generic-pdu-2u-3ph-415v-60a", rid, 3, f"{name}-PDU-B1", feed="B")
        for k in range(4):
            node += 1
            dev(f"dgx-{node:02d}", "nvidia-dgx-h100", rid, 5 + 8 * k, f"DGX-{node:02d}")
        dev(f"{rid}-pdu-a2", "generic-pdu-2u-3ph-415v-60a", rid, 37, f"{name}-PDU-A2", feed="A")
        dev(f"{rid}-pdu-b2", "generic-pdu-2u-3ph-415v-60a", rid, 39, f"{name}-PDU-B2", feed="B")
        for u in (41, 43, 45, 47):
            dev(f"{rid}-blank-{u}", "blank-2u", rid, u, f"{name}-BLANK-{u}")

project = {
    "format": "podplanner", "version": 1,
    "meta": {"name": "Sample pod — 32 × DGX H100, 4 per rack", "revision": "A", "author": "Pod Planner",
             "date": "2026-11-23",
             "description": "One scalable unit of 32 DGX H100 in 8 GPU racks (4 nodes, 40.8 kW each) and 2 network "
                            "racks (8 leaf + 4 spine QM9700, in-band SN4600C, OOB SN2201) in one row."},
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
    "racks": racks, "devices": devices,
    "network": {"fabrics": [
        {"id": "compute", "kind": "compute", "leaves": leaves, "spines": spines},
        {"id": "inband", "kind": "inband", "leaves": inband, "spines": []},
        {"id": "oob", "kind": "oob", "leaves": oob, "spines": []}]},
}
out = pathlib.Path(__file__).resolve().parent.parent / "resources/samples/sample-pod.podplan"
out.write_text(json.dumps(project, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
print(out)
