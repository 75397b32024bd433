#pragma once
// Factories for the rules Pod Planner ships; each rule lives in its own file.
#include <memory>

#include "Rule.h"

namespace pod::rules {

std::unique_ptr<Rule> deviceDepth();
std::unique_ptr<Rule> rackPowerBudget();
std::unique_ptr<Rule> feedRedundancy();
std::unique_ptr<Rule> roomPower();
std::unique_ptr<Rule> rackCooling();
std::unique_ptr<Rule> liquidNeedsLiquidRack();
std::unique_ptr<Rule> roomCooling();
std::unique_ptr<Rule> airflowOrientation();
std::unique_ptr<Rule> rackWeight();
std::unique_ptr<Rule> floorLoad();
std::unique_ptr<Rule> rackInRoom();
std::unique_ptr<Rule> floorOverlap();
std::unique_ptr<Rule> aisleClearance();
std::unique_ptr<Rule> switchPorts();
std::unique_ptr<Rule> cableReach();
std::unique_ptr<Rule> unconnectedNode();
std::unique_ptr<Rule> oversubscription();

}  // namespace pod::rules
