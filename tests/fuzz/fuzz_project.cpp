// libFuzzer target: the project loader (pod::ProjectFile::parse) against the shipped catalog, loaded
// once. A file that loads must also survive what the CLI does next: the rule engine, the totals, and
// a save/load round trip that gives the same bytes back.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <variant>

#include "CatalogLoader.h"
#include "ProjectFile.h"
#include "RuleEngine.h"
#include "Totals.h"

namespace {
const pod::Catalog& catalog() {
    static const pod::Catalog c = [] {
        pod::Catalog out;
        if (auto err = pod::loadStandardCatalog({}, {}, out)) {
            std::fprintf(stderr, "fuzz_project: %s\n", err->message().c_str());
            std::abort();
        }
        return out;
    }();
    return c;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const pod::RuleEngine engine = pod::RuleEngine::standard();
    const std::string text(reinterpret_cast<const char*>(data), size);
    pod::ProjectResult r = pod::ProjectFile::parse(text, "fuzz.podplan", catalog());
    auto* project = std::get_if<pod::Project>(&r);
    if (!project) {
        const auto& e = std::get<pod::LoadError>(r);
        if (e.reason.empty()) std::abort();  // every refusal says why
        return 0;
    }
    (void)engine.checkAll(*project, catalog());
    (void)pod::computeTotals(*project, catalog());
    const std::string saved = pod::ProjectFile::serialize(*project);
    pod::ProjectResult again = pod::ProjectFile::parse(saved, "fuzz-saved.podplan", catalog());
    auto* reloaded = std::get_if<pod::Project>(&again);
    if (!reloaded) {
        std::fprintf(stderr, "saved project does not load: %s\n", std::get<pod::LoadError>(again).message().c_str());
        std::abort();
    }
    if (pod::ProjectFile::serialize(*reloaded) != saved) {
        std::fprintf(stderr, "save → load → save changed the bytes\n");
        std::abort();
    }
    return 0;
}
