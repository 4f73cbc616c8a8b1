#include "base/tsv.h"

#include <fstream>
#include <sstream>

namespace dyad {

namespace {
std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}
}  // namespace

Status ReadTsv(const std::string& path,
               const std::function<Status(
                   int64_t, const std::vector<std::string_view>&)>& fn) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot read '" + path + "'");
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string content = ss.str();
  std::string_view rest = content;
  int64_t line_no = 0;
  std::vector<std::string_view> fields;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view t = Trim(line);
    if (t.empty() || t.front() == '#') continue;
    fields.clear();
    size_t start = 0;
    for (;;) {
      size_t tab = line.find('\t', start);
      fields.push_back(Trim(line.substr(start, tab - start)));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    Status s = fn(line_no, fields);
    if (!s.ok()) {
      return Status(s.code(),
                    path + ":" + std::to_string(line_no) + ": " + s.message());
    }
  }
  return Status::Ok();
}

std::vector<std::string_view> SplitList(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  while (true) {
    size_t p = s.find(sep);
    std::string_view part = Trim(s.substr(0, p));
    if (!part.empty()) out.push_back(part);
    if (p == std::string_view::npos) break;
    s.remove_prefix(p + 1);
  }
  return out;
}

}  // namespace dyad
