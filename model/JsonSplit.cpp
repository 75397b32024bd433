#include "JsonSplit.h"

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include <simdjson.h>

namespace pod::json {

namespace dom = simdjson::dom;

struct SplitDocument::Impl {
    dom::parser parser;
    std::vector<std::pair<std::string, dom::array>> bulk;  // views into the parser's tape

    const dom::array* find(std::string_view key) const {
        for (const auto& [k, a] : bulk)
            if (k == key) return &a;
        return nullptr;
    }
};

namespace {
// nlohmann's reading of the same value: non-negative integers unsigned, negative ones signed, other numbers double.
Json toJson(dom::element e) {
    switch (e.type()) {
    case dom::element_type::ARRAY: {
        Json a = Json::array();
        dom::array arr;
        if (e.get_array().get(arr)) return a;  // the type is known: cannot fail
        a.get_ref<Json::array_t&>().reserve(arr.size());
        for (dom::element x : arr) a.push_back(toJson(x));
        return a;
    }
    case dom::element_type::OBJECT: {
        Json o = Json::object();
        dom::object obj;
        if (e.get_object().get(obj)) return o;
        for (dom::key_value_pair kv : obj) o[std::string(kv.key)] = toJson(kv.value);
        return o;
    }
    case dom::element_type::INT64: {
        const std::int64_t v = e.get_int64().value_unsafe();
        return v >= 0 ? Json(std::uint64_t(v)) : Json(v);
    }
    case dom::element_type::UINT64: return Json(e.get_uint64().value_unsafe());
    case dom::element_type::DOUBLE: return Json(e.get_double().value_unsafe());
    case dom::element_type::STRING: return Json(std::string(e.get_string().value_unsafe()));
    case dom::element_type::BOOL: return Json(e.get_bool().value_unsafe());
    case dom::element_type::NULL_VALUE: return Json(nullptr);
    }
    return Json(nullptr);
}

bool toFlat(dom::element e, FlatRecord& out) {
    dom::object obj;
    if (e.get_object().get(obj)) return false;
    out.size = 0;
    for (dom::key_value_pair kv : obj) {
        if (out.size == FlatRecord::kMaxMembers) return false;
        FlatValue& v = out.members[out.size].second;
        out.members[out.size++].first = kv.key;
        v = FlatValue{};
        switch (kv.value.type()) {
        case dom::element_type::STRING:
            v.kind = FlatValue::Kind::String;
            if (kv.value.get_string().get(v.text)) return false;
            break;
        case dom::element_type::INT64: {
            std::int64_t i = 0;
            if (kv.value.get_int64().get(i)) return false;
            v.kind = i >= 0 ? FlatValue::Kind::Unsigned : FlatValue::Kind::Signed;
            v.number = double(i);
            break;
        }
        case dom::element_type::UINT64: {
            std::uint64_t u = 0;
            if (kv.value.get_uint64().get(u)) return false;
            v.kind = FlatValue::Kind::Unsigned;
            v.number = double(u);
            break;
        }
        case dom::element_type::DOUBLE:
            v.kind = FlatValue::Kind::Double;
            if (kv.value.get_double().get(v.number)) return false;
            break;
        case dom::element_type::BOOL:
            v.kind = FlatValue::Kind::Bool;
            if (kv.value.get_bool().get(v.boolean)) return false;
            break;
        case dom::element_type::NULL_VALUE: v.kind = FlatValue::Kind::Null; break;
        default: return false;  // an array or object inside
        }
    }
    return true;
}
}  // namespace

SplitDocument::SplitDocument() : impl_(std::make_unique<Impl>()) {}
SplitDocument::SplitDocument(SplitDocument&&) noexcept = default;
SplitDocument& SplitDocument::operator=(SplitDocument&&) noexcept = default;
SplitDocument::~SplitDocument() = default;

static_assert(kJsonPadding >= simdjson::SIMDJSON_PADDING);

std::optional<SplitDocument> SplitDocument::parse(const std::string& text, std::initializer_list<std::string_view> bulkKeys) {
    // parseDocument's shape check (0.1 s on a campus) beside simdjson's parse, for a large text; a small one (every
    // file a test or an edit parses) is checked first, with no thread to start. A refusal is parseDocument's to
    // report again, with its message.
    std::atomic<bool> shapeOk{true};
    auto checkText = [&] {
        try {
            checkShape(text);
        } catch (const JsonPathError&) {
            shapeOk = false;
        }
    };
    constexpr std::size_t kBesideFromBytes = 4 << 20;
    std::thread shape;
    if (text.size() >= kBesideFromBytes) shape = std::thread(checkText);
    else checkText();
    if (!shape.joinable() && !shapeOk) return std::nullopt;
    SplitDocument doc;
    dom::element root;
    const bool padded = text.capacity() >= text.size() + kJsonPadding;
    const bool parsed = doc.impl_->parser.allocate(text.size(), std::size_t(kMaxNesting) + 1) == simdjson::SUCCESS &&
                        doc.impl_->parser.parse(text.data(), text.size(), !padded).get(root) == simdjson::SUCCESS;
    if (shape.joinable()) shape.join();
    if (!parsed || !shapeOk) return std::nullopt;
    dom::object object;
    if (root.get_object().get(object) != simdjson::SUCCESS) return std::nullopt;
    doc.rest_ = Json::object();
    for (dom::key_value_pair kv : object) {
        std::string key(kv.key);
        bool isBulk = false;
        for (std::string_view b : bulkKeys) isBulk = isBulk || b == kv.key;
        dom::array array;
        if (isBulk && kv.value.get_array().get(array) == simdjson::SUCCESS) {
            doc.rest_.erase(key);  // a repeated key keeps its last value
            bool replaced = false;
            for (auto& [k, a] : doc.impl_->bulk)
                if (k == key) a = array, replaced = true;
            if (!replaced) doc.impl_->bulk.emplace_back(key, array);
            continue;
        }
        std::erase_if(doc.impl_->bulk, [&](const auto& b) { return b.first == key; });
        doc.rest_[key] = toJson(kv.value);
    }
    return doc;
}

bool SplitDocument::hasBulk(std::string_view key) const { return impl_->find(key) != nullptr; }

std::size_t SplitDocument::bulkSize(std::string_view key) const {
    const dom::array* a = impl_->find(key);
    return a ? a->size() : 0;
}

void SplitDocument::forEachBulk(std::string_view key, const std::function<bool(std::size_t, const FlatRecord&)>& flat,
                                const std::function<void(std::size_t, const Json&)>& visit, std::size_t begin,
                                std::size_t end) const {
    const dom::array* a = impl_->find(key);
    if (!a) return;
    std::size_t i = 0;
    FlatRecord record;
    for (dom::element e : *a) {  // stepping over an element is a jump along the tape
        if (i >= end) break;
        if (i >= begin && (!flat || !toFlat(e, record) || !flat(i, record))) visit(i, toJson(e));
        ++i;
    }
}

}  // namespace pod::json
