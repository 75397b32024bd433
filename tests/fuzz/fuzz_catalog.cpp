// libFuzzer target: the catalog loader's one-file parser (pod::CatalogLoader::loadText, what
// loadFile runs on a file's text), into an empty catalog and as a user override of the shipped one.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "CatalogLoader.h"

namespace {
const pod::Catalog& shipped() {
    static const pod::Catalog c = [] {
        pod::Catalog out;
        if (auto err = pod::loadStandardCatalog({}, {}, out)) {
            std::fprintf(stderr, "fuzz_catalog: %s\n", err->message().c_str());
            std::abort();
        }
        return out;
    }();
    return c;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    pod::Catalog empty;
    auto err = pod::CatalogLoader::loadText(text, "fuzz.json", empty);
    if (err && err->reason.empty()) std::abort();  // every refusal says why
    // The same text as a user catalog on top of the shipped one (overrides allowed) — the path
    // `podplanner --catalog FILE` takes. Only for small inputs: copying the catalog costs time.
    if (size < 4096) {
        pod::Catalog user = shipped();
        auto err2 = pod::CatalogLoader::loadText(text, "fuzz-user.json", user, {.allowOverride = true});
        if (err2 && err2->reason.empty()) std::abort();
    }
    return 0;
}
