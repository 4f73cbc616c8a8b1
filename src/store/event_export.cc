#include "store/event_export.h"

#include <cmath>
#include <cstdio>
#include <map>

#include "dyad/event_writer.h"

namespace dyad {
namespace {

// Shortest round-tripping form, "" for NaN / Inf.
std::string Number(double v) {
  if (!std::isfinite(v)) return std::string();
  char buf[32];
  int n = std::snprintf(buf, sizeof buf, "%.10g", v);
  return std::string(buf, static_cast<size_t>(n));
}

void AppendKeyString(std::string_view key, std::string_view value,
                     std::string* out) {
  out->append(",\"").append(key).append("\":");
  if (value.empty()) {
    out->append("null");
  } else {
    AppendJsonString(value, out);
  }
}

void AppendKeyRaw(std::string_view key, std::string_view raw,
                  std::string* out) {
  out->append(",\"").append(key).append("\":").append(raw);
}

// A GDELT field: tabs and newlines would break the row.
void AppendTsvField(std::string_view s, std::string* out) {
  for (char c : s)
    out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

void AppendXmlEscaped(std::string_view s, std::string* out) {
  for (char c : s) {
    switch (c) {
      case '<':
        out->append("&lt;");
        break;
      case '>':
        out->append("&gt;");
        break;
      case '&':
        out->append("&amp;");
        break;
      case '"':
        out->append("&quot;");
        break;
      case '\'':
        out->append("&apos;");
        break;
      default:
        out->push_back(c);
    }
  }
}

const Actor kNoActor;

}  // namespace

void AppendStoredEventJson(const StoredEvent& e, std::string* out) {
  const size_t start = out->size();
  AppendEventJson(e.event, out);
  // AppendEventJson ends with "}\n": reopen the object.
  if (out->size() >= start + 2) out->resize(out->size() - 2);
  AppendKeyRaw("mentions", std::to_string(e.mentions), out);
  out->append(",\"context\":{\"text\":");
  AppendJsonString(e.context_text, out);
  out->append(",\"begin\":").append(std::to_string(e.context.begin));
  out->append("}}\n");
}

void AppendCsvField(std::string_view s, std::string* out) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(s);
    return;
  }
  out->push_back('"');
  for (char c : s) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

void AppendCsvHeader(std::string* out) {
  out->append(
      "event_id,doc_id,sentence,span_begin,span_end,date,date_precision,"
      "source_name,source_text,source_country,source_org,source_sector,"
      "source_cameo,source_id,target_name,target_text,target_country,"
      "target_org,target_sector,target_cameo,target_id,cameo,cameo_root,"
      "plover_type,plover_mode,goldstein,quad_class,location_name,"
      "location_country,lat,lon,geonames_id,trigger,negated,modality,"
      "fatalities,confidence,rule,mentions,url\n");
}

void AppendCsvRow(const StoredEvent& s, std::string* out) {
  const Event& e = s.event;
  std::vector<std::string> f = {e.event_id,
                                e.doc_id,
                                std::to_string(e.sentence),
                                std::to_string(e.span.begin),
                                std::to_string(e.span.end),
                                e.date,
                                e.date_precision};
  for (const auto* a : {&e.source, &e.target}) {
    const Actor& x = a->has_value() ? **a : kNoActor;
    f.insert(f.end(),
             {x.name, x.text, x.country, x.org, x.sector, x.cameo, x.id});
  }
  f.insert(f.end(), {e.cameo, e.cameo_root(), e.plover_type, e.plover_mode,
                     Number(e.goldstein), std::to_string(e.quad_class)});
  if (e.location) {
    f.insert(f.end(),
             {e.location->name, e.location->country, Number(e.location->lat),
              Number(e.location->lon),
              e.location->geonames_id ? std::to_string(e.location->geonames_id)
                                      : std::string()});
  } else {
    f.insert(f.end(), 5, std::string());
  }
  f.insert(
      f.end(),
      {e.trigger_text, e.negated ? "true" : "false", e.modality,
       e.fatalities ? std::to_string(*e.fatalities) : std::string(),
       Number(e.confidence), e.rule, std::to_string(s.mentions), s.doc_url});
  for (size_t i = 0; i < f.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendCsvField(f[i], out);
  }
  out->push_back('\n');
}

void AppendGdeltRow(const StoredEvent& s, std::string* out) {
  const Event& e = s.event;
  std::vector<std::string> c(kGdeltColumnCount);
  // 1 GLOBALEVENTID: the store's event number.
  c[0] = std::to_string(s.row);
  // 2-5 SQLDATE, MonthYear, Year, FractionDate.
  if (e.date.size() == 10) {
    const std::string y = e.date.substr(0, 4), m = e.date.substr(5, 2),
                      d = e.date.substr(8, 2);
    c[1] = y + m + d;
    c[2] = y + m;
    c[3] = y;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.4f",
                  std::stoi(y) + (std::stoi(m) * 30 + std::stoi(d)) / 365.0);
    c[4] = buf;
  }
  // 6-15 Actor1, 16-25 Actor2: code, name, country, known group (org),
  // ethnic, religion 1 and 2 (unknown), type 1 (the sector), type 2 and 3.
  auto actor = [&](const std::optional<Actor>& a, int first) {
    if (!a) return;
    c[first] = a->cameo;
    c[first + 1] = a->name.empty() ? a->text : a->name;
    c[first + 2] = a->country;
    c[first + 3] = a->org;
    c[first + 7] = a->sector;
  };
  actor(e.source, 5);
  actor(e.target, 15);
  // 26 IsRootEvent: the document's first sentence (GDELT: lead paragraph).
  c[25].push_back(e.sentence == 0 ? '1' : '0');
  // 27-31 EventCode, EventBaseCode, EventRootCode, QuadClass, Goldstein.
  c[26] = e.cameo;
  c[27] = e.cameo.substr(0, 3);
  c[28] = e.cameo_root();
  c[29] = std::to_string(e.quad_class);
  c[30] = Number(e.goldstein);
  // 32-34 NumMentions, NumSources (unknown: dyad has no outlet), NumArticles;
  // 35 AvgTone (unknown).
  c[31] = std::to_string(s.mentions);
  c[33] = std::to_string(s.articles);
  // 36-43 Actor1Geo_*, 44-51 Actor2Geo_*: not geocoded by dyad.
  // 52-59 ActionGeo_*: the event's location. Type 3/4 (US / world city) when
  // it is a GeoNames place; country codes are ISO alpha-3 in dyad and FIPS
  // 10-4 in GDELT, so ActionGeo_CountryCode stays empty.
  if (e.location) {
    const Location& l = *e.location;
    if (l.geonames_id != 0) c[51].push_back(l.country == "USA" ? '3' : '4');
    c[52] = l.name.empty() ? l.text : l.name;
    c[56] = Number(l.lat);
    c[57] = Number(l.lon);
    if (l.geonames_id != 0) c[58] = std::to_string(l.geonames_id);
  }
  // 60 DATEADDED, 61 SOURCEURL (else the document id).
  c[59] = s.stored_at;
  c[60] = s.doc_url.empty() ? e.doc_id : s.doc_url;
  for (int i = 0; i < kGdeltColumnCount; ++i) {
    if (i > 0) out->push_back('\t');
    AppendTsvField(c[i], out);
  }
  out->push_back('\n');
}

bool AppendPloverJson(const StoredEvent& s, std::string* out) {
  const Event& e = s.event;
  if (e.plover_type.empty()) return false;
  out->append("{\"id\":");
  AppendJsonString(e.event_id, out);
  AppendKeyString("date", e.date, out);
  AppendKeyString("event", e.plover_type, out);
  AppendKeyString("mode", e.plover_mode, out);
  auto actor = [&](std::string_view role, const std::optional<Actor>& a) {
    const Actor& x = a ? *a : kNoActor;
    AppendKeyString(role, x.name.empty() ? x.text : x.name, out);
    AppendKeyString(std::string(role) + "_code", x.cameo, out);
    AppendKeyString(std::string(role) + "_country", x.country, out);
    AppendKeyString(std::string(role) + "_sector", x.sector, out);
  };
  actor("actor", e.source);
  actor("recipient", e.target);
  out->append(",\"location\":");
  if (e.location) {
    out->append("{\"name\":");
    AppendJsonString(e.location->name, out);
    AppendKeyString("country", e.location->country, out);
    AppendKeyRaw("lat", Number(e.location->lat), out);
    AppendKeyRaw("lon", Number(e.location->lon), out);
    AppendKeyRaw("geonames_id",
                 e.location->geonames_id
                     ? std::to_string(e.location->geonames_id)
                     : std::string("null"),
                 out);
    out->push_back('}');
  } else {
    out->append("null");
  }
  AppendKeyRaw("negated", e.negated ? "true" : "false", out);
  AppendKeyRaw("fatalities",
               e.fatalities ? std::to_string(*e.fatalities) : "null", out);
  AppendKeyString("cameo", e.cameo, out);
  AppendKeyRaw("goldstein", Number(e.goldstein), out);
  AppendKeyRaw("mentions", std::to_string(s.mentions), out);
  AppendKeyString("doc_id", e.doc_id, out);
  AppendKeyString("url", s.doc_url, out);
  AppendKeyString("text", s.context_text, out);
  out->append("}\n");
  return true;
}

void AppendGraphMl(const std::vector<DyadRow>& dyads, std::string* out) {
  std::map<std::string, int64_t> nodes;  // actor → events it takes part in
  for (const DyadRow& d : dyads) {
    nodes[d.source] += d.events;
    if (d.target != d.source) nodes[d.target] += d.events;
  }
  out->append(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
      "  <key id=\"n_events\" for=\"node\" attr.name=\"events\" "
      "attr.type=\"long\"/>\n"
      "  <key id=\"e_events\" for=\"edge\" attr.name=\"events\" "
      "attr.type=\"long\"/>\n"
      "  <key id=\"e_goldstein\" for=\"edge\" attr.name=\"goldstein\" "
      "attr.type=\"double\"/>\n"
      "  <graph id=\"actors\" edgedefault=\"directed\">\n");
  for (const auto& [actor, n] : nodes) {
    out->append("    <node id=\"");
    AppendXmlEscaped(actor, out);
    out->append("\"><data key=\"n_events\">")
        .append(std::to_string(n))
        .append("</data></node>\n");
  }
  int64_t id = 0;
  for (const DyadRow& d : dyads) {
    out->append("    <edge id=\"e").append(std::to_string(id++));
    out->append("\" source=\"");
    AppendXmlEscaped(d.source, out);
    out->append("\" target=\"");
    AppendXmlEscaped(d.target, out);
    out->append("\"><data key=\"e_events\">")
        .append(std::to_string(d.events))
        .append("</data><data key=\"e_goldstein\">")
        .append(Number(d.goldstein))
        .append("</data></edge>\n");
  }
  out->append("  </graph>\n</graphml>\n");
}

}  // namespace dyad
