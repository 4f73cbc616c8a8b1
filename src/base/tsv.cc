#include "base/tsv.h"

#include <fstream>
#include <sstream>

namespace dyad {

namespace {
std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}
}  // namespace

Status ForEachLine(std::string_view content, std::string_view origin,
                   const std::function<Status(int64_t, std::string_view)>& fn) {
  int64_t line_no = 0;
  while (!content.empty()) {
    size_t nl = content.find('\n');
    std::string_view line = content.substr(0, nl);
    content.remove_prefix(nl == std::string_view::npos ? content.size()
                                                       : nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    Status s = fn(line_no, line);
    if (!s.ok()) {
      return Status(s.code(), std::string(origin) + ":" +
                                  std::to_string(line_no) + ": " + s.message());
    }
  }
  return Status::Ok();
}

Status ParseTsv(
    std::string_view content, std::string_view origin,
    const std::function<Status(int64_t, const std::vector<std::string_view>&)>&
        fn) {
  std::vector<std::string_view> fields;
  return ForEachLine(
      content, origin, [&](int64_t line_no, std::string_view line) {
        std::string_view t = Trim(line);
        if (t.empty() || t.front() == '#') return Status::Ok();
        fields.clear();
        size_t start = 0;
        for (;;) {
          size_t tab = line.find('\t', start);
          fields.push_back(Trim(line.substr(start, tab - start)));
          if (tab == std::string_view::npos) break;
          start = tab + 1;
        }
        return fn(line_no, fields);
      });
}

Status ReadTsv(
    const std::string& path,
    const std::function<Status(int64_t, const std::vector<std::string_view>&)>&
        fn) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot read '" + path + "'");
  std::stringstream ss;
  ss << in.rdbuf();
  return ParseTsv(ss.str(), path, fn);
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
