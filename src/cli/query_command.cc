// `dyad query`: stored events, filtered and aggregated, as a table, CSV or
// JSON Lines. Also what `export` and `serve` share: --db and the filters.
#include <algorithm>
#include <string_view>
#include <variant>

#include "cli/cli.h"
#include "dyad/event_store.h"
#include "dyad/event_writer.h"
#include "store/event_export.h"

namespace dyad::cli {

namespace {

constexpr std::string_view kQueryHelp =
    "Usage: dyad query --db FILE [filters] [--agg WHAT] [--format FORMAT]\n"
    "\n"
    "Reads the events `dyad code --db FILE` stored. Filters combine with AND;\n"
    "actor codes are prefixes (--actor TUR matches TURGOV and TURMIL).\n"
    "--agg chooses what is shown:\n"
    "  events    the events themselves (default; --limit, --offset)\n"
    "  count     how many events match\n"
    "  timeline  events per --period, by quad class, with mean Goldstein\n"
    "  goldstein mean Goldstein per dyad and --period\n"
    "  actors    the --top actors (as source or target)\n"
    "  dyads     the --top dyads (source, target) with mean Goldstein\n"
    "  countries events per location country (else source country)\n"
    "--one-a-day first keeps one event per date, source, target and code,\n"
    "counting in `mentions` the events it merged (as Phoenix users expect).\n"
    "\n";

// One cell of a result table: null, an integer, a real or a text.
using Cell = std::variant<std::monostate, int64_t, double, std::string>;

struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
};

std::string CellText(const Cell& c) {
  if (const auto* i = std::get_if<int64_t>(&c)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&c)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", *d);
    return buf;
  }
  if (const auto* s = std::get_if<std::string>(&c)) return *s;
  return std::string();
}

void PrintTable(const Table& t, const std::string& format, std::FILE* out) {
  std::string text;
  if (format == "json") {
    for (const auto& row : t.rows) {
      text.push_back('{');
      for (size_t i = 0; i < row.size(); ++i) {
        if (i > 0) text.push_back(',');
        AppendJsonString(t.columns[i], &text);
        text.push_back(':');
        if (std::holds_alternative<std::monostate>(row[i])) {
          text.append("null");
        } else if (const auto* s = std::get_if<std::string>(&row[i])) {
          AppendJsonString(*s, &text);
        } else if (const auto* d = std::get_if<double>(&row[i])) {
          char buf[32];
          std::snprintf(buf, sizeof buf, "%.10g", *d);
          text.append(buf);
        } else {
          text.append(CellText(row[i]));
        }
      }
      text.append("}\n");
    }
  } else if (format == "csv") {
    for (size_t i = 0; i < t.columns.size(); ++i) {
      if (i > 0) text.push_back(',');
      AppendCsvField(t.columns[i], &text);
    }
    text.push_back('\n');
    for (const auto& row : t.rows) {
      for (size_t i = 0; i < row.size(); ++i) {
        if (i > 0) text.push_back(',');
        if (const auto* d = std::get_if<double>(&row[i])) {
          char buf[32];
          std::snprintf(buf, sizeof buf, "%.10g", *d);
          text.append(buf);
        } else {
          AppendCsvField(CellText(row[i]), &text);
        }
      }
      text.push_back('\n');
    }
  } else {  // table: columns padded to their widest cell
    std::vector<size_t> width(t.columns.size());
    for (size_t i = 0; i < t.columns.size(); ++i)
      width[i] = t.columns[i].size();
    for (const auto& row : t.rows) {
      for (size_t i = 0; i < row.size(); ++i) {
        width[i] = std::max(width[i], CellText(row[i]).size());
      }
    }
    auto line = [&](const std::vector<std::string>& cells) {
      for (size_t i = 0; i < cells.size(); ++i) {
        text.append(cells[i]);
        if (i + 1 < cells.size())
          text.append(width[i] - cells[i].size() + 2, ' ');
      }
      text.push_back('\n');
    };
    line(t.columns);
    for (const auto& row : t.rows) {
      std::vector<std::string> cells;
      for (const Cell& c : row) {
        cells.push_back(
            std::holds_alternative<std::monostate>(c) ? "-" : CellText(c));
      }
      line(cells);
    }
  }
  std::fwrite(text.data(), 1, text.size(), out);
}

Cell Opt(const std::optional<double>& v) {
  return v ? Cell(*v) : Cell(std::monostate{});
}

}  // namespace

void AddStoreFlags(Flags* flags, bool filters) {
  flags->Value("db", "", "the SQLite database `dyad code --db` wrote");
  if (!filters) return;
  flags->Value("from", "", "events on or after this date (YYYY-MM-DD)");
  flags->Value("to", "", "events on or before this date (YYYY-MM-DD)");
  flags->Value("country", "", "source or target country (ISO alpha-3: SYR)");
  flags->Value("actor", "", "source or target actor code prefix (TURMIL)");
  flags->Value("source", "",
               "source actor code prefix (with --target: a dyad)");
  flags->Value("target", "", "target actor code prefix");
  flags->Value("root", "", "CAMEO root (19)");
  flags->Value("code", "", "CAMEO event code prefix (190)");
  flags->Value("plover", "", "PLOVER event type (ASSAULT)");
  flags->Value("place", "", "location name or GeoNames id");
  flags->Value("negated", "", "true: negated events only; false: the others");
  flags->Value("doc", "", "one document's events (its id)");
  flags->Bool("one-a-day",
              "one event per date, source, target and code (mentions count "
              "the merged events)");
}

bool EventQueryFromFlags(const Flags& flags, const Streams& io, EventQuery* q) {
  q->from = flags.Get("from");
  q->to = flags.Get("to");
  q->country = flags.Get("country");
  q->actor = flags.Get("actor");
  q->source = flags.Get("source");
  q->target = flags.Get("target");
  q->root = flags.Get("root");
  q->code = flags.Get("code");
  q->plover = flags.Get("plover");
  q->place = flags.Get("place");
  q->doc = flags.Get("doc");
  q->one_a_day = flags.GetBool("one-a-day");
  const std::string& neg = flags.Get("negated");
  if (neg == "true") {
    q->negated = true;
  } else if (neg == "false") {
    q->negated = false;
  } else if (!neg.empty()) {
    std::fprintf(io.err, "dyad: --negated '%s': write true or false\n",
                 neg.c_str());
    return false;
  }
  if (Status s = q->Validate(); !s.ok()) {
    std::fprintf(io.err, "dyad: --%s\n", s.message().c_str());
    return false;
  }
  return true;
}

std::unique_ptr<EventStore> OpenStore(const Flags& flags, bool create,
                                      const Streams& io) {
  const std::string& path = flags.Get("db");
  if (path.empty()) {
    std::fprintf(io.err,
                 "dyad: no database; give one with --db FILE (written by "
                 "'dyad code --db FILE PATH...')\n");
    return nullptr;
  }
  auto store = EventStore::Open(path, create);
  if (!store.ok()) {
    std::fprintf(io.err, "dyad: %s\n", store.status().message().c_str());
    return nullptr;
  }
  return std::move(store).value();
}

int RunQuery(const std::vector<std::string>& args, const Streams& io) {
  Flags flags("query");
  AddStoreFlags(&flags, /*filters=*/true);
  flags.Value("agg", "events",
              "events, count, timeline, goldstein, actors, dyads or countries");
  flags.Value("period", "day", "day, week (named by its Monday) or month");
  flags.Value("top", "20", "how many actors, dyads or countries");
  flags.Value("limit", "0", "at most this many events (0: all)");
  flags.Value("offset", "0", "skip this many events first");
  flags.Value("format", "table", "table, csv or json (JSON Lines)");
  if (auto done = ParseCommandLine(args, kQueryHelp, io, &flags)) return *done;
  if (!flags.positional().empty()) {
    std::fprintf(io.err,
                 "dyad: query takes no arguments ('%s'); filters are options, "
                 "see 'dyad query --help'\n",
                 flags.positional()[0].c_str());
    return kExitUsage;
  }
  const std::string& agg = flags.Get("agg");
  const std::string& format = flags.Get("format");
  Period period;
  auto top = flags.GetInt("top", 1, 1000000);
  auto limit = flags.GetInt("limit", 0, 1LL << 62);
  auto offset = flags.GetInt("offset", 0, 1LL << 62);
  for (const Status& s : {top.status(), limit.status(), offset.status()}) {
    if (!s.ok()) {
      std::fprintf(io.err, "dyad: %s\n", s.message().c_str());
      return kExitUsage;
    }
  }
  if (!ParsePeriod(flags.Get("period"), &period)) {
    std::fprintf(io.err,
                 "dyad: unknown --period '%s'; use day, week or month\n",
                 flags.Get("period").c_str());
    return kExitUsage;
  }
  if (format != "table" && format != "csv" && format != "json") {
    std::fprintf(io.err,
                 "dyad: unknown --format '%s'; use table, csv or json\n",
                 format.c_str());
    return kExitUsage;
  }
  static const char* const kAggs[] = {"events",    "count",  "timeline",
                                      "goldstein", "actors", "dyads",
                                      "countries"};
  if (std::find(std::begin(kAggs), std::end(kAggs), agg) == std::end(kAggs)) {
    std::fprintf(io.err,
                 "dyad: unknown --agg '%s'; use events, count, timeline, "
                 "goldstein, actors, dyads or countries\n",
                 agg.c_str());
    return kExitUsage;
  }
  EventQuery q;
  if (!EventQueryFromFlags(flags, io, &q)) return kExitUsage;
  q.limit = *limit == 0 ? -1 : *limit;
  q.offset = *offset;
  std::unique_ptr<EventStore> store = OpenStore(flags, /*create=*/false, io);
  if (!store) return kExitUsage;

  Status status;
  Table t;
  auto fail = [&](const Status& s) {
    std::fprintf(io.err, "dyad: %s\n", s.message().c_str());
    return s.code() == StatusCode::kInternal ? kExitInternal : kExitUsage;
  };
  if (agg == "events") {
    std::string text;
    if (format == "table") AppendEventTableHeader(&text);
    if (format == "csv") AppendCsvHeader(&text);
    status = store->ForEach(q, [&](const StoredEvent& e) {
      if (format == "table") {
        AppendEventTableRow(e.event, &text);
        if (q.one_a_day && e.mentions > 1) {
          text.insert(text.size() - 1,
                      " (×" + std::to_string(e.mentions) + ")");
        }
      } else if (format == "csv") {
        AppendCsvRow(e, &text);
      } else {
        AppendStoredEventJson(e, &text);
      }
      if (text.size() > (1 << 16)) {
        std::fwrite(text.data(), 1, text.size(), io.out);
        text.clear();
      }
      return true;
    });
    std::fwrite(text.data(), 1, text.size(), io.out);
    if (!status.ok()) return fail(status);
    return kExitOk;
  }
  if (agg == "count") {
    auto n = store->Count(q);
    if (!n.ok()) return fail(n.status());
    t.columns = {"events"};
    t.rows.push_back({*n});
  } else if (agg == "timeline") {
    auto rows = store->Timeline(q, period);
    if (!rows.ok()) return fail(rows.status());
    t.columns = {std::string(PeriodName(period)),
                 "events",
                 "quad1",
                 "quad2",
                 "quad3",
                 "quad4",
                 "goldstein"};
    for (const PeriodRow& r : *rows) {
      t.rows.push_back({r.period, r.events, r.quad[0], r.quad[1], r.quad[2],
                        r.quad[3], r.goldstein});
    }
  } else if (agg == "goldstein") {
    auto rows = store->DyadsByPeriod(q, period);
    if (!rows.ok()) return fail(rows.status());
    t.columns = {std::string(PeriodName(period)), "source", "target", "events",
                 "goldstein"};
    for (const DyadRow& r : *rows) {
      t.rows.push_back({r.period, r.source, r.target, r.events, r.goldstein});
    }
  } else if (agg == "actors") {
    auto rows = store->TopActors(q, *top);
    if (!rows.ok()) return fail(rows.status());
    t.columns = {"actor", "events"};
    for (const ActorRow& r : *rows) t.rows.push_back({r.actor, r.events});
  } else if (agg == "dyads") {
    auto rows = store->TopDyads(q, *top);
    if (!rows.ok()) return fail(rows.status());
    t.columns = {"source", "target", "events", "goldstein"};
    for (const DyadRow& r : *rows) {
      t.rows.push_back({r.source, r.target, r.events, r.goldstein});
    }
  } else {  // countries
    auto rows = store->Countries(q, *top);
    if (!rows.ok()) return fail(rows.status());
    t.columns = {"country", "events", "lat", "lon"};
    for (const CountryRow& r : *rows) {
      t.rows.push_back({r.country, r.events, Opt(r.lat), Opt(r.lon)});
    }
  }
  PrintTable(t, format, io.out);
  return kExitOk;
}

}  // namespace dyad::cli
