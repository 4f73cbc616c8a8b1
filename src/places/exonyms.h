// Exonyms: the names news gives to places, from data/common/exonyms.tsv.
//
// Each line of the file (its format is documented in its header) either
// adds names to a place the gazetteer already has (matched by GeoNames id,
// ISO 3166-1 alpha-3, ISO 3166-2 code or GeoNames admin1 code) and may
// correct its country (Gaza and West Bank places → PSE), or, when none of
// its keys matches, creates the place from the line's own kind, country and
// coordinates (regions such as the Gaza Strip or Donbas, and cities the
// loaded data lacks). Internal to dyad (src/places/); the public interface
// is dyad/gazetteer.h. Stateless; thread-safe.
#ifndef DYAD_PLACES_EXONYMS_H_
#define DYAD_PLACES_EXONYMS_H_

#include <string>
#include <vector>

#include "dyad/gazetteer.h"
#include "dyad/status.h"

namespace dyad {

struct ExonymStats {
  int64_t matched = 0;  // lines that enriched an existing place
  int64_t created = 0;  // lines that created a place
};

// Applies the exonyms file at `path` to `*places` (which may grow).
// NotFound when the file cannot be read; InvalidArgument naming the line
// for a malformed line (the file is ours: a bad line is a bug to fix).
Status ApplyExonyms(const std::string& path, std::vector<Place>* places,
                    ExonymStats* stats = nullptr);

}  // namespace dyad

#endif  // DYAD_PLACES_EXONYMS_H_
