// Event: one coded political event, as in docs/event-record.md (the output
// contract). Plain data; the coder fills it, writers serialise it.
#ifndef DYAD_EVENT_H_
#define DYAD_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>

namespace dyad {

struct Span {
  uint32_t begin = 0;  // byte offsets into the document text, end exclusive
  uint32_t end = 0;
};

struct Actor {
  std::string name;  // canonical name ("Turkish Armed Forces")
  std::string text;  // the words of the document
  Span span;
  std::string country;  // ISO 3166-1 alpha-3, "" = null
  std::string org;      // "UN", "NATO", ... "" = null
  std::string sector;   // "GOV", "MIL", ... "" = null
  std::string cameo;    // "TURMIL", "" = null
  std::string id;       // stable id of a known actor, "" = null
};

struct Location {
  std::string name;
  std::string text;
  std::string country;
  double lat = 0;
  double lon = 0;
  int64_t geonames_id = 0;  // 0 = null
};

struct Event {
  std::string event_id;
  std::string doc_id;
  int sentence = 0;
  Span span;
  std::string date;            // "YYYY-MM-DD", "" = null
  std::string date_precision;  // "day", "week", "month", "year", "" = null
  std::optional<Actor> source;
  std::optional<Actor> target;
  std::string cameo;       // "190"
  std::string plover_type;  // "" = null
  std::string plover_mode;  // "" = null
  double goldstein = 0;
  int quad_class = 0;
  std::optional<Location> location;
  std::string trigger_text;
  Span trigger_span;
  bool negated = false;
  std::string modality = "asserted";
  std::optional<int64_t> fatalities;
  double confidence = 0;
  std::string rule;

  std::string cameo_root() const { return cameo.substr(0, 2); }
};

}  // namespace dyad

#endif  // DYAD_EVENT_H_
