// CameoTable: CAMEO event codes with their name, Goldstein value, quad class
// and PLOVER type/mode (data/common/cameo.tsv). Immutable after Load();
// thread-safe.
#ifndef DYAD_EVENTS_CAMEO_TABLE_H_
#define DYAD_EVENTS_CAMEO_TABLE_H_

#include <string>
#include <unordered_map>

#include "dyad/status.h"

namespace dyad {

struct CameoCode {
  std::string name;
  double goldstein = 0;
  int quad_class = 0;
  std::string plover_type;  // "" = none
  std::string plover_mode;
};

class CameoTable {
 public:
  Status Load(const std::string& path);
  // The entry of `code`, or nullptr when the code is unknown.
  const CameoCode* Find(const std::string& code) const;
  size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_CAMEO_TABLE_H_
