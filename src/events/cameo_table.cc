#include "events/cameo_table.h"

#include <cstdlib>

#include "base/tsv.h"

namespace dyad {

Status CameoTable::Load(const std::string& path) {
  return ReadTsv(path, [&](int64_t, const auto& f) {
    if (f.size() < 6) {
      return Status::InvalidArgument(
          "expected code, name, goldstein, quad_class, plover_type, "
          "plover_mode");
    }
    CameoCode c;
    c.name = std::string(f[1]);
    std::string g(f[2]);
    char* end = nullptr;
    c.goldstein = std::strtod(g.c_str(), &end);
    if (end == g.c_str()) return Status::InvalidArgument("bad Goldstein value");
    c.quad_class = std::atoi(std::string(f[3]).c_str());
    if (c.quad_class < 1 || c.quad_class > 4) {
      return Status::InvalidArgument("quad class must be 1 to 4");
    }
    if (f[4] != "-") c.plover_type = std::string(f[4]);
    if (f[5] != "-") c.plover_mode = std::string(f[5]);
    codes_[std::string(f[0])] = std::move(c);
    return Status::Ok();
  });
}

const CameoCode* CameoTable::Find(const std::string& code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace dyad
