#pragma once
// Finds an item by objectName in the visual item tree (Repeater delegates are visual children, not
// QObject children, so QObject::findChild misses them). Shared by the GUI tests and bench_gui.
#include <QQuickItem>

inline QQuickItem* findItem(QQuickItem* root, const QString& name) {
    if (!root) return nullptr;
    if (root->objectName() == name) return root;
    for (QQuickItem* child : root->childItems())
        if (QQuickItem* found = findItem(child, name)) return found;
    return nullptr;
}
