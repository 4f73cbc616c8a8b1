// ReadTsv: reads dyad's tab-separated data files.
//
// UTF-8 text, one record per line, fields separated by tabs; blank lines and
// lines whose first non-blank character is '#' are skipped; a trailing '\r'
// is dropped. Internal to dyad (src/base/). Thread-safe (no state).
#ifndef DYAD_BASE_TSV_H_
#define DYAD_BASE_TSV_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

// Calls `fn(line_number, fields)` for each record of the file at `path`, and
// stops at the first non-OK status it returns, prefixing the message with
// "path:line: ". NotFound when the file cannot be read.
Status ReadTsv(
    const std::string& path,
    const std::function<
        Status(int64_t line, const std::vector<std::string_view>& fields)>& fn);

// The same for TSV content already in memory; `origin` names it in messages.
Status ParseTsv(
    std::string_view content, std::string_view origin,
    const std::function<
        Status(int64_t line, const std::vector<std::string_view>& fields)>& fn);

// Calls `fn(line_number, line)` for every line of `content` (1-based, the
// trailing '\r' dropped, blank and comment lines included: the caller
// decides), and stops at the first non-OK status it returns, prefixing the
// message with "origin:line: ".
Status ForEachLine(
    std::string_view content, std::string_view origin,
    const std::function<Status(int64_t line, std::string_view text)>& fn);

// Splits `s` on `sep`, trimming spaces around each part and dropping empty
// parts ("a | b||c" → {"a", "b", "c"}).
std::vector<std::string_view> SplitList(std::string_view s, char sep = '|');

}  // namespace dyad

#endif  // DYAD_BASE_TSV_H_
