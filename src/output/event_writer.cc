#include "dyad/event_writer.h"

#include <cinttypes>
#include <cmath>
#include <cstdio>

namespace dyad {
namespace {

void AppendRaw(std::string* out, std::string_view s) { out->append(s); }

void AppendKey(std::string_view key, std::string* out) {
  out->push_back('"');
  out->append(key);
  out->append("\":");
}

// A string field: null when empty.
void AppendStringOrNull(std::string_view s, std::string* out) {
  if (s.empty()) {
    out->append("null");
  } else {
    AppendJsonString(s, out);
  }
}

void AppendSpan(const Span& span, std::string* out) {
  char buf[48];
  int n = std::snprintf(buf, sizeof buf, "[%" PRIu32 ",%" PRIu32 "]",
                        span.begin, span.end);
  out->append(buf, n);
}

// Shortest round-tripping decimal for doubles in the record (Goldstein,
// confidence, coordinates); never NaN or Inf (written as null).
void AppendNumber(double v, std::string* out) {
  if (!std::isfinite(v)) {
    out->append("null");
    return;
  }
  char buf[32];
  int n = std::snprintf(buf, sizeof buf, "%.10g", v);
  std::string_view s(buf, n);
  out->append(s);
  // Keep it a JSON number that reads as floating point ("-10.0").
  if (s.find_first_of(".eE") == std::string_view::npos) out->append(".0");
}

void AppendInt(int64_t v, std::string* out) {
  char buf[24];
  int n = std::snprintf(buf, sizeof buf, "%" PRId64, v);
  out->append(buf, n);
}

void AppendActor(const std::optional<Actor>& actor, std::string* out) {
  if (!actor) {
    out->append("null");
    return;
  }
  const Actor& a = *actor;
  out->push_back('{');
  AppendKey("name", out);
  AppendStringOrNull(a.name, out);
  out->push_back(',');
  AppendKey("text", out);
  AppendJsonString(a.text, out);
  out->push_back(',');
  AppendKey("span", out);
  AppendSpan(a.span, out);
  out->push_back(',');
  AppendKey("country", out);
  AppendStringOrNull(a.country, out);
  out->push_back(',');
  AppendKey("org", out);
  AppendStringOrNull(a.org, out);
  out->push_back(',');
  AppendKey("sector", out);
  AppendStringOrNull(a.sector, out);
  out->push_back(',');
  AppendKey("cameo", out);
  AppendStringOrNull(a.cameo, out);
  out->push_back(',');
  AppendKey("id", out);
  AppendStringOrNull(a.id, out);
  out->push_back('}');
}

void AppendLocation(const std::optional<Location>& loc, std::string* out) {
  if (!loc) {
    out->append("null");
    return;
  }
  out->push_back('{');
  AppendKey("name", out);
  AppendStringOrNull(loc->name, out);
  out->push_back(',');
  AppendKey("text", out);
  AppendJsonString(loc->text, out);
  out->push_back(',');
  AppendKey("country", out);
  AppendStringOrNull(loc->country, out);
  out->push_back(',');
  AppendKey("lat", out);
  AppendNumber(loc->lat, out);
  out->push_back(',');
  AppendKey("lon", out);
  AppendNumber(loc->lon, out);
  out->push_back(',');
  AppendKey("geonames_id", out);
  if (loc->geonames_id == 0) {
    out->append("null");
  } else {
    AppendInt(loc->geonames_id, out);
  }
  out->push_back('}');
}

// Pads or cuts `s` to `width` display columns (UTF-8 aware, one column per
// code point: good enough for Latin-script news).
void AppendCell(std::string_view s, size_t width, std::string* out) {
  size_t cols = 0;
  size_t i = 0;
  while (i < s.size() && cols < width) {
    size_t len = 1;
    unsigned char c = s[i];
    if (c >= 0xF0) {
      len = 4;
    } else if (c >= 0xE0) {
      len = 3;
    } else if (c >= 0xC0) {
      len = 2;
    }
    if (i + len > s.size()) break;
    if (cols + 1 == width && i + len < s.size()) {
      out->append("…");
      ++cols;
      i = s.size();
      break;
    }
    out->append(s.substr(i, len));
    i += len;
    ++cols;
  }
  out->append(width - cols + 1, ' ');
}

// `s` on one line: each run of whitespace (line breaks of the source
// text included) as one space.
std::string OneLine(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string ActorCell(const std::optional<Actor>& a) {
  if (!a) return "-";
  std::string key = !a->cameo.empty()     ? a->cameo
                    : !a->org.empty()     ? a->org
                    : !a->country.empty() ? a->country
                                          : std::string("?");
  return key + " " + OneLine(a->text);
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the current run of bytes needing no escape
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        AppendRaw(out, "\\\"");
        break;
      case '\\':
        AppendRaw(out, "\\\\");
        break;
      case '\n':
        AppendRaw(out, "\\n");
        break;
      case '\r':
        AppendRaw(out, "\\r");
        break;
      case '\t':
        AppendRaw(out, "\\t");
        break;
      case '\b':
        AppendRaw(out, "\\b");
        break;
      case '\f':
        AppendRaw(out, "\\f");
        break;
      default: {
        char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        out->append(esc, 6);
      }
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void AppendEventJson(const Event& e, std::string* out) {
  out->push_back('{');
  AppendKey("event_id", out);
  AppendJsonString(e.event_id, out);
  out->push_back(',');
  AppendKey("doc_id", out);
  AppendJsonString(e.doc_id, out);
  out->push_back(',');
  AppendKey("sentence", out);
  AppendInt(e.sentence, out);
  out->push_back(',');
  AppendKey("span", out);
  AppendSpan(e.span, out);
  out->push_back(',');
  AppendKey("date", out);
  AppendStringOrNull(e.date, out);
  out->push_back(',');
  AppendKey("date_precision", out);
  AppendStringOrNull(e.date_precision, out);
  out->push_back(',');
  AppendKey("source", out);
  AppendActor(e.source, out);
  out->push_back(',');
  AppendKey("target", out);
  AppendActor(e.target, out);
  out->push_back(',');
  AppendKey("cameo", out);
  AppendJsonString(e.cameo, out);
  out->push_back(',');
  AppendKey("cameo_root", out);
  AppendJsonString(e.cameo_root(), out);
  out->push_back(',');
  AppendKey("plover", out);
  out->push_back('{');
  AppendKey("type", out);
  AppendStringOrNull(e.plover_type, out);
  out->push_back(',');
  AppendKey("mode", out);
  AppendStringOrNull(e.plover_mode, out);
  out->append("},");
  AppendKey("goldstein", out);
  AppendNumber(e.goldstein, out);
  out->push_back(',');
  AppendKey("quad_class", out);
  AppendInt(e.quad_class, out);
  out->push_back(',');
  AppendKey("location", out);
  AppendLocation(e.location, out);
  out->push_back(',');
  AppendKey("trigger", out);
  out->push_back('{');
  AppendKey("text", out);
  AppendJsonString(e.trigger_text, out);
  out->push_back(',');
  AppendKey("span", out);
  AppendSpan(e.trigger_span, out);
  out->append("},");
  AppendKey("negated", out);
  out->append(e.negated ? "true" : "false");
  out->push_back(',');
  AppendKey("modality", out);
  AppendJsonString(e.modality, out);
  out->push_back(',');
  AppendKey("fatalities", out);
  if (e.fatalities) {
    AppendInt(*e.fatalities, out);
  } else {
    out->append("null");
  }
  out->push_back(',');
  AppendKey("confidence", out);
  AppendNumber(e.confidence, out);
  out->push_back(',');
  AppendKey("rule", out);
  AppendJsonString(e.rule, out);
  out->append("}\n");
}

namespace {
constexpr size_t kDocWidth = 12, kDateWidth = 10, kActorWidth = 28,
                 kCodeWidth = 5, kPloverWidth = 10, kFlagWidth = 8,
                 kPlaceWidth = 14;
}  // namespace

void AppendEventTableHeader(std::string* out) {
  AppendCell("doc", kDocWidth, out);
  AppendCell("date", kDateWidth, out);
  AppendCell("source", kActorWidth, out);
  AppendCell("target", kActorWidth, out);
  AppendCell("cameo", kCodeWidth, out);
  AppendCell("plover", kPloverWidth, out);
  AppendCell("flags", kFlagWidth, out);
  AppendCell("place", kPlaceWidth, out);
  out->append("trigger\n");
}

void AppendEventTableRow(const Event& e, std::string* out) {
  AppendCell(e.doc_id + "#" + std::to_string(e.sentence), kDocWidth, out);
  AppendCell(e.date.empty() ? "-" : e.date, kDateWidth, out);
  AppendCell(ActorCell(e.source), kActorWidth, out);
  AppendCell(ActorCell(e.target), kActorWidth, out);
  AppendCell(e.cameo, kCodeWidth, out);
  AppendCell(e.plover_type.empty() ? "-" : e.plover_type, kPloverWidth, out);
  std::string flags;
  if (e.negated) flags += "NEG ";
  if (e.modality != "asserted") flags += e.modality.substr(0, 4);
  AppendCell(flags.empty() ? "-" : flags, kFlagWidth, out);
  AppendCell(e.location ? e.location->name : "-", kPlaceWidth, out);
  out->append(OneLine(e.trigger_text));
  out->push_back('\n');
}

}  // namespace dyad
