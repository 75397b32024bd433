#include "CostArgs.h"

#include <charconv>
#include <cmath>
#include <ostream>

#include "Cli.h"
#include "Project.h"

namespace pod::cli {

namespace {

std::optional<double> number(const std::string& s) {
    double v = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

}  // namespace

const std::set<std::string>& costValuedOptions() {
    static const std::set<std::string> options = {"--prices",           "--kwh-price",        "--years",         "--energy-basis",
                                                  "--maintenance-percent", "--buildout-per-kw", "--cost-precision"};
    return options;
}

std::string CostArgsError::message() const {
    if (file.empty()) return reason;
    return PriceBookError{file, line, column, reason}.message();
}

std::variant<std::optional<CostArgs>, CostArgsError> parseCostArgs(const CliArgs& args) {
    const auto prices = args.value("--prices");
    if (!prices) {
        for (const auto& o : costValuedOptions())
            if (args.value(o)) return CostArgsError{"", 0, 0, o + " needs --prices FILE (the price book gives the currency)"};
        return std::optional<CostArgs>();
    }
    CostArgs c;
    auto bounded = [&](const char* name, double lo, double hi, auto&& set) -> std::optional<CostArgsError> {
        auto text = args.value(name);
        if (!text) return std::nullopt;
        auto v = number(*text);
        if (!v || *v < lo || *v > hi)
            return CostArgsError{"", 0, 0, std::string(name) + " must be a number in [" + std::to_string(int(lo)) + ", " +
                                               (hi == 1e12 ? std::string("1e12") : std::to_string(int(hi))) + "], got \"" + *text + "\""};
        set(*v);
        return std::nullopt;
    };
    if (auto e = bounded("--kwh-price", 0, 1e12, [&](double v) { c.options.kwhPrice = v; })) return *e;
    if (auto e = bounded("--maintenance-percent", 0, 100, [&](double v) { c.options.maintenancePercent = v; })) return *e;
    if (auto e = bounded("--buildout-per-kw", 0, 1e12, [&](double v) { c.options.buildoutPerKw = v; })) return *e;
    if (auto text = args.value("--years")) {
        auto v = number(*text);
        if (!v || *v != std::floor(*v) || *v < 1 || *v > 100)
            return CostArgsError{"", 0, 0, "--years must be a whole number in [1, 100], got \"" + *text + "\""};
        c.options.years = int(*v);
    }
    if (auto text = args.value("--energy-basis")) {
        auto b = energyBasisFromKey(*text);
        if (!b) return CostArgsError{"", 0, 0, "--energy-basis must be typical or max, got \"" + *text + "\""};
        c.options.energyBasis = *b;
    }
    if (auto text = args.value("--cost-precision")) {
        auto p = precisionFromKey(*text);
        if (!p) return CostArgsError{"", 0, 0, "--cost-precision must be a precision key (fp64, fp16, fp8, fp4, …), got \"" + *text + "\""};
        c.options.precision = *p;
    }
    auto loaded = loadPriceBook(*prices);
    if (auto* e = std::get_if<PriceBookError>(&loaded)) return CostArgsError{e->file, e->line, e->column, e->reason};
    c.book = std::get<PriceBook>(std::move(loaded));
    return std::optional<CostArgs>(std::move(c));
}

int reportCostArgsError(const CostArgsError& e, const char* command, bool json, std::ostream& out, std::ostream& err) {
    err << "podplanner " << command << ": " << e.message() << "\n";
    if (json) {
        Json j;
        std::string where = e.line > 0 ? "line " + std::to_string(e.line) + (e.column > 0 ? ", column " + std::to_string(e.column) : "") : "";
        j["error"] = {{"file", e.file}, {"path", where}, {"reason", e.reason}};
        if (e.line > 0) j["error"]["line"] = e.line;
        if (e.column > 0) j["error"]["column"] = e.column;
        out << j.dump(2) << "\n";
    }
    return kExitBadInput;
}

}  // namespace pod::cli
