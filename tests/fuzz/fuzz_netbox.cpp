// libFuzzer target: the NetBox devicetype-library YAML importer (app/netbox/NetboxImporter.h), with
// the kind guessed and with each explicit kind. It promises never to throw; an entry it returns
// must load in the catalog loader (the importer proves that itself, so a failure is a bug).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "NetboxImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    // A first byte 0–7 picks the kind (0 = guess, then netboxImportKinds() in order) and the rest is
    // the YAML; any other first byte (plain YAML never starts with one) means guess, all of it YAML.
    const auto& kinds = pod::netboxImportKinds();
    pod::NetboxImportOptions options;
    std::size_t skip = 0;
    if (data[0] <= kinds.size()) {
        if (data[0] > 0) options.kind = kinds[data[0] - 1];
        skip = 1;
    }
    const std::string text(reinterpret_cast<const char*>(data + skip), size - skip);
    pod::NetboxImportResult r = pod::importNetboxYaml(text, "fuzz.yaml", options);
    if (r.ok() == r.entries.empty()) {
        std::fprintf(stderr, "ok() and entries disagree\n");
        std::abort();
    }
    if (!r.ok() && r.error->reason.empty()) std::abort();
    return 0;
}
