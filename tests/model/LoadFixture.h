#pragma once
// A fixture project loaded with the standard catalog, for model tests: a fixture that does not load stops the test.
#include <QtTest>

#include <string>

#include "CatalogLoader.h"
#include "ProjectFile.h"

namespace pod {

inline Catalog standardCatalog() {
    Catalog catalog;
    if (auto e = loadStandardCatalog({}, {}, catalog)) qFatal("%s", e->message().c_str());
    return catalog;
}

inline Project loadFixture(const std::string& path, const Catalog& catalog) {
    auto result = ProjectFile::load(path, catalog);
    if (auto* e = std::get_if<LoadError>(&result)) qFatal("%s", e->message().c_str());
    return std::get<Project>(std::move(result));
}

}  // namespace pod
