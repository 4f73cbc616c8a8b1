#include "text/abbreviations.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>

#include "base/tsv.h"

namespace dyad::text {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

Result<AbbreviationList> AbbreviationList::Parse(std::string_view content,
                                                 std::string_view source) {
  AbbreviationList list;
  Status status =
      ForEachLine(content, source, [&](int64_t, std::string_view line) {
        line = Trim(line);
        if (line.empty() || line.front() == '#') return Status::Ok();
        auto error = [](const std::string& what) {
          return Status::InvalidArgument(what);
        };
        size_t sp = line.find_first_of(" \t");
        std::string_view word = line.substr(0, sp);
        std::string_view flag = sp == std::string_view::npos
                                    ? std::string_view()
                                    : Trim(line.substr(sp));
        Kind kind = Kind::kInternal;
        if (flag == "may-end") {
          kind = Kind::kMayEnd;
        } else if (!flag.empty()) {
          std::string what = "unknown flag '";
          what.append(flag).append("'; the only flag is 'may-end'");
          return error(what);
        }
        if (word.size() < 2 || word.back() != '.') {
          std::string what = "'";
          what.append(word).append(
              "' must be written with its final period, e.g. 'M.'");
          return error(what);
        }
        word.remove_suffix(1);
        list.entries_.push_back({std::string(word), kind});
        return Status::Ok();
      });
  if (!status.ok()) return status;
  std::sort(list.entries_.begin(), list.entries_.end(),
            [](const Entry& a, const Entry& b) { return a.word < b.word; });
  // A repeated entry keeps its first kind in sorted order; duplicates are
  // harmless, so they are dropped rather than reported.
  list.entries_.erase(std::unique(list.entries_.begin(), list.entries_.end(),
                                  [](const Entry& a, const Entry& b) {
                                    return a.word == b.word;
                                  }),
                      list.entries_.end());
  return list;
}

Result<AbbreviationList> AbbreviationList::Load(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return Status::NotFound("no abbreviation list at '" + path + "'");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::Unavailable("cannot open '" + path +
                               "': " + std::strerror(errno));
  }
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) {
    return Status::Unavailable("error while reading '" + path + "'");
  }
  return Parse(content.str(), path);
}

AbbreviationList::Kind AbbreviationList::Find(std::string_view word) const {
  auto it = std::lower_bound(
      entries_.begin(), entries_.end(), word,
      [](const Entry& e, std::string_view w) { return e.word < w; });
  if (it == entries_.end() || it->word != word) return Kind::kNone;
  return it->kind;
}

}  // namespace dyad::text
