#include "dyad/eval.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <nlohmann/json.hpp>

#include "base/tsv.h"

namespace dyad {
namespace {

std::string_view Root(std::string_view code) { return code.substr(0, 2); }

bool RootMatches(const EvalEvent& emitted, const EvalEvent& gold) {
  std::string_view r = Root(emitted.cameo);
  if (r.size() < 2) return false;
  if (Root(gold.cameo) == r) return true;
  for (const auto& a : gold.alt) {
    if (Root(a) == r) return true;
  }
  return false;
}

bool CodeMatches(const EvalEvent& emitted, const EvalEvent& gold) {
  if (emitted.cameo.empty()) return false;
  if (emitted.cameo == gold.cameo) return true;
  return std::find(gold.alt.begin(), gold.alt.end(), emitted.cameo) !=
         gold.alt.end();
}

// Consultations (root 04) may have source and target swapped, but not the
// visits (042 make a visit, 043 host a visit), whose direction matters.
bool SwapAllowed(const EvalEvent& gold) {
  std::string_view c = gold.cameo;
  return Root(c) == "04" && c.substr(0, 3) != "042" && c.substr(0, 3) != "043";
}

const std::string& KeyOf(const std::optional<EvalActor>& a) {
  static const std::string* const kNull = new std::string();
  return a ? a->key() : *kNull;
}
const std::string& SectorOf(const std::optional<EvalActor>& a) {
  static const std::string* const kNull = new std::string();
  return a ? a->sector : *kNull;
}

bool ActorsMatch(const std::optional<EvalActor>& e,
                 const std::optional<EvalActor>& g, bool with_sector) {
  if (KeyOf(e) != KeyOf(g)) return false;
  return !with_sector || SectorOf(e) == SectorOf(g);
}

bool DyadMatches(const EvalEvent& e, const EvalEvent& g, bool with_sector) {
  if (ActorsMatch(e.source, g.source, with_sector) &&
      ActorsMatch(e.target, g.target, with_sector)) {
    return true;
  }
  return SwapAllowed(g) && ActorsMatch(e.source, g.target, with_sector) &&
         ActorsMatch(e.target, g.source, with_sector);
}

enum class Variant { kType, kDyad, kEvent, kStrict };

bool Matches(Variant v, const EvalEvent& e, const EvalEvent& g) {
  if (e.negated != g.negated) return false;
  switch (v) {
    case Variant::kType:
      return RootMatches(e, g);
    case Variant::kDyad:
      return DyadMatches(e, g, false);
    case Variant::kEvent:
      return RootMatches(e, g) && DyadMatches(e, g, false);
    case Variant::kStrict:
      return CodeMatches(e, g) && DyadMatches(e, g, true);
  }
  return false;
}

// Maximum bipartite matching (augmenting paths; sentences hold few events).
// Returns (gold, emitted) pairs.
std::vector<std::pair<int, int>> BestMatching(const EvalSentence& s,
                                              Variant v) {
  const int ng = static_cast<int>(s.gold.size());
  const int ne = static_cast<int>(s.emitted.size());
  std::vector<std::vector<int>> adj(ng);
  for (int g = 0; g < ng; ++g) {
    for (int e = 0; e < ne; ++e) {
      if (Matches(v, s.emitted[e], s.gold[g])) adj[g].push_back(e);
    }
  }
  std::vector<int> owner(ne, -1);  // emitted → gold
  std::vector<char> seen;
  std::function<bool(int)> augment = [&](int g) {
    for (int e : adj[g]) {
      if (seen[e]) continue;
      seen[e] = 1;
      if (owner[e] < 0 || augment(owner[e])) {
        owner[e] = g;
        return true;
      }
    }
    return false;
  };
  for (int g = 0; g < ng; ++g) {
    seen.assign(ne, 0);
    augment(g);
  }
  std::vector<std::pair<int, int>> pairs;
  for (int e = 0; e < ne; ++e) {
    if (owner[e] >= 0) pairs.emplace_back(owner[e], e);
  }
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

Metric Count(const EvalSentence& s, Variant v) {
  Metric m;
  m.tp = static_cast<int64_t>(BestMatching(s, v).size());
  m.emitted = static_cast<int64_t>(s.emitted.size());
  m.gold = static_cast<int64_t>(s.gold.size());
  return m;
}

std::string Str(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

std::optional<EvalActor> ActorFrom(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_object()) return std::nullopt;
  return EvalActor{Str(*it, "country"), Str(*it, "org"), Str(*it, "sector")};
}

EvalEvent EventFrom(const nlohmann::json& j) {
  EvalEvent e;
  e.source = ActorFrom(j, "source");
  e.target = ActorFrom(j, "target");
  e.cameo = Str(j, "cameo");
  if (auto it = j.find("alt"); it != j.end() && it->is_array()) {
    for (const auto& a : *it) {
      if (a.is_string()) e.alt.push_back(a.get<std::string>());
    }
  }
  if (auto it = j.find("negated"); it != j.end() && it->is_boolean()) {
    e.negated = it->get<bool>();
  }
  return e;
}

// Calls fn(line_number, json) for each non-blank line; stops at the first
// line that is not a JSON object.
Status ForEachJsonLine(
    std::string_view origin, std::string_view content,
    const std::function<Status(int64_t, const nlohmann::json&)>& fn) {
  return ForEachLine(
      content, origin, [&](int64_t line_no, std::string_view line) {
        if (line.find_first_not_of(" \t") == std::string_view::npos) {
          return Status::Ok();
        }
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.is_object()) {
          return Status::DataLoss("not a JSON object; each line must be one");
        }
        return fn(line_no, j);
      });
}

void AppendMetricJson(const Metric& m, std::string* out) {
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "{\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, "
                "\"tp\": %lld, \"emitted\": %lld, \"gold\": %lld}",
                m.precision(), m.recall(), m.f1(), static_cast<long long>(m.tp),
                static_cast<long long>(m.emitted),
                static_cast<long long>(m.gold));
  out->append(buf);
}

void AppendMetricsJson(const Metrics& m, std::string* out) {
  out->append("\"type\": ");
  AppendMetricJson(m.type, out);
  out->append(", \"dyad\": ");
  AppendMetricJson(m.dyad, out);
  out->append(", \"event\": ");
  AppendMetricJson(m.event, out);
  out->append(", \"strict\": ");
  AppendMetricJson(m.strict, out);
}

void AppendMetricsText(const std::string& label, const Metrics& m,
                       std::string* out) {
  const std::pair<const char*, const Metric*> rows[] = {{"type", &m.type},
                                                        {"dyad", &m.dyad},
                                                        {"event", &m.event},
                                                        {"strict", &m.strict}};
  for (const auto& [name, metric] : rows) {
    char buf[160];
    std::snprintf(buf, sizeof buf,
                  "%-8s %-7s P %.3f  R %.3f  F1 %.3f  (tp %lld, emitted %lld, "
                  "gold %lld)\n",
                  label.c_str(), name, metric->precision(), metric->recall(),
                  metric->f1(), static_cast<long long>(metric->tp),
                  static_cast<long long>(metric->emitted),
                  static_cast<long long>(metric->gold));
    out->append(buf);
  }
}

}  // namespace

std::vector<std::pair<int, int>> MatchEvents(const EvalSentence& sentence) {
  return BestMatching(sentence, Variant::kEvent);
}

Metrics ScoreSentence(const EvalSentence& s) {
  Metrics m;
  m.type = Count(s, Variant::kType);
  m.dyad = Count(s, Variant::kDyad);
  m.event = Count(s, Variant::kEvent);
  m.strict = Count(s, Variant::kStrict);
  return m;
}

EvalReport Score(const std::vector<EvalSentence>& sentences) {
  EvalReport r;
  for (const EvalSentence& s : sentences) {
    Metrics m = ScoreSentence(s);
    r.overall.Add(m);
    r.by_lang[s.lang].Add(m);
    ++r.sentences;
    // Roots compared over the best dyad matching.
    auto pairs = BestMatching(s, Variant::kDyad);
    std::vector<char> gold_used(s.gold.size()), emitted_used(s.emitted.size());
    for (auto [g, e] : pairs) {
      gold_used[g] = emitted_used[e] = 1;
      ++r.confusion[{std::string(Root(s.gold[g].cameo)),
                     std::string(Root(s.emitted[e].cameo))}];
    }
    for (size_t g = 0; g < s.gold.size(); ++g) {
      if (!gold_used[g])
        ++r.confusion[{std::string(Root(s.gold[g].cameo)), "-"}];
    }
    for (size_t e = 0; e < s.emitted.size(); ++e) {
      if (!emitted_used[e]) {
        ++r.confusion[{"-", std::string(Root(s.emitted[e].cameo))}];
      }
    }
  }
  return r;
}

Result<std::vector<EvalSentence>> ReadGold(std::string_view origin,
                                           std::string_view content) {
  std::vector<EvalSentence> out;
  Status s =
      ForEachJsonLine(origin, content, [&](int64_t, const nlohmann::json& j) {
        EvalSentence sent;
        sent.id = Str(j, "id");
        sent.lang = Str(j, "lang");
        sent.text = Str(j, "text");
        sent.date = Str(j, "date");
        sent.doc = Str(j, "doc");
        auto ev = j.find("events");
        if (sent.id.empty() || ev == j.end() || !ev->is_array()) {
          return Status::DataLoss(
              "a gold line needs an `id` and an `events` array "
              "(see ../shared/docs/gold-format.md)");
        }
        for (const auto& e : *ev) {
          if (e.is_object()) sent.gold.push_back(EventFrom(e));
        }
        out.push_back(std::move(sent));
        return Status::Ok();
      });
  if (!s.ok()) return s;
  return out;
}

Status AddEmitted(std::string_view origin, std::string_view content,
                  std::vector<EvalSentence>* sentences) {
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < sentences->size(); ++i) index[(*sentences)[i].id] = i;
  return ForEachJsonLine(
      origin, content, [&](int64_t, const nlohmann::json& j) {
        auto it = index.find(Str(j, "doc_id"));
        if (it == index.end()) {
          return Status::InvalidArgument(
              "doc_id '" + Str(j, "doc_id") +
              "' is no sentence id of the gold file; score the events coded "
              "from that gold file");
        }
        (*sentences)[it->second].emitted.push_back(EventFrom(j));
        return Status::Ok();
      });
}

std::string ReportJson(const EvalReport& r) {
  std::string out = "{";
  AppendMetricsJson(r.overall, &out);
  out.append(", \"by_lang\": {");
  bool first = true;
  for (const auto& [lang, m] : r.by_lang) {
    if (!first) out.append(", ");
    first = false;
    out.append("\"" + lang + "\": {");
    AppendMetricsJson(m, &out);
    out.append("}");
  }
  out.append("}, \"sentences\": " + std::to_string(r.sentences) + "}\n");
  return out;
}

std::string ReportText(const EvalReport& r) {
  std::string out = "Scored " + std::to_string(r.sentences) + " sentences.\n\n";
  AppendMetricsText("all", r.overall, &out);
  for (const auto& [lang, m] : r.by_lang) AppendMetricsText(lang, m, &out);
  // Confusion of roots: rows gold, columns emitted.
  std::vector<std::string> roots;
  for (const auto& [k, n] : r.confusion) {
    roots.push_back(k.first);
    roots.push_back(k.second);
  }
  std::sort(roots.begin(), roots.end());
  roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
  if (roots.empty()) return out;
  out.append(
      "\nCAMEO roots, gold (rows) by emitted (columns), over the best "
      "dyad matching; '-' = no event:\n     ");
  for (const auto& c : roots) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%4s", c.c_str());
    out.append(buf);
  }
  out.push_back('\n');
  for (const auto& g : roots) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%4s ", g.c_str());
    out.append(buf);
    for (const auto& e : roots) {
      auto it = r.confusion.find({g, e});
      if (it == r.confusion.end()) {
        out.append("   .");
      } else {
        std::snprintf(buf, sizeof buf, "%4lld",
                      static_cast<long long>(it->second));
        out.append(buf);
      }
    }
    out.push_back('\n');
  }
  return out;
}

}  // namespace dyad
