#pragma once
// The rules Pod Planner ships: the one table a rule is registered in (KiCad's list of DRC providers).
// Each line names the factory its own file defines in pod::rules, `std::unique_ptr<Rule> NAME()`; the
// declarations below and RuleEngine::standard() are both made from this list, so adding a rule is its
// file plus one line here. The order is the order `check` reports in: append new rules at the end.
#include <memory>

#include "Rule.h"

#define POD_STANDARD_RULES(RULE) \
    RULE(deviceInRack)           \
    RULE(deviceOverlap)          \
    RULE(deviceDepth)            \
    RULE(rackPowerBudget)        \
    RULE(feedRedundancy)         \
    RULE(roomPower)              \
    RULE(rackCooling)            \
    RULE(liquidNeedsLiquidRack)  \
    RULE(roomCooling)            \
    RULE(airflowOrientation)     \
    RULE(rackWeight)             \
    RULE(floorLoad)              \
    RULE(rackInRoom)             \
    RULE(floorOverlap)           \
    RULE(aisleClearance)         \
    RULE(switchPorts)            \
    RULE(cableReach)             \
    RULE(unconnectedNode)        \
    RULE(oversubscription)       \
    RULE(coolingUnitCapacity)    \
    RULE(coolingNMinus1)         \
    RULE(liquidNeedsCdu)         \
    RULE(powerChainCapacity)     \
    RULE(phaseImbalance)         \
    RULE(powerNMinus1)           \
    RULE(feedMapping)

namespace pod::rules {

#define POD_DECLARE_RULE_FACTORY(name) std::unique_ptr<Rule> name();
POD_STANDARD_RULES(POD_DECLARE_RULE_FACTORY)
#undef POD_DECLARE_RULE_FACTORY

}  // namespace pod::rules
