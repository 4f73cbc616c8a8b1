// StderrReporter and the names of skip reasons.
#include <cinttypes>
#include <cstdio>
#include <mutex>
#include <string>

#include "dyad/document_reader.h"

namespace dyad {

std::string_view SkipReasonName(SkipReason reason) {
  switch (reason) {
    case SkipReason::kInvalidUtf8:
      return "invalid UTF-8";
    case SkipReason::kBadJson:
      return "bad JSON";
    case SkipReason::kNoText:
      return "no text";
    case SkipReason::kTooLarge:
      return "too large";
    case SkipReason::kUnreadable:
      return "unreadable";
    case SkipReason::kEmpty:
      return "empty";
    case SkipReason::kBadDate:
      return "bad date";
    case SkipReason::kUnsupportedLanguage:
      return "unsupported language";
  }
  return "unknown";
}

namespace {

// "PATH" or "PATH:LINE".
std::string Where(std::string_view origin, int64_t line) {
  std::string where(origin);
  if (line > 0) {
    where += ':';
    where += std::to_string(line);
  }
  return where;
}

}  // namespace

void StderrReporter::Skip(std::string_view origin, int64_t line,
                          SkipReason reason, std::string_view detail) {
  std::string msg = "dyad: " + Where(origin, line) + ": skipped: ";
  msg += SkipReasonName(reason);
  if (!detail.empty()) {
    msg += " (";
    msg += detail;
    msg += ")";
  }
  msg += "\n";
  std::lock_guard<std::mutex> lock(mu_);
  ++counts_[reason];
  std::fwrite(msg.data(), 1, msg.size(), out_);
}

void StderrReporter::Warn(std::string_view origin, int64_t line,
                          std::string_view message) {
  std::string msg = "dyad: " + Where(origin, line) + ": warning: ";
  msg += message;
  msg += "\n";
  std::lock_guard<std::mutex> lock(mu_);
  ++warnings_;
  std::fwrite(msg.data(), 1, msg.size(), out_);
}

std::map<SkipReason, int64_t> StderrReporter::counts() const {
  std::lock_guard<std::mutex> lock(mu_);
  return counts_;
}

int64_t StderrReporter::total() const {
  std::lock_guard<std::mutex> lock(mu_);
  int64_t total = 0;
  for (const auto& [reason, n] : counts_) total += n;
  return total;
}

int64_t StderrReporter::warnings() const {
  std::lock_guard<std::mutex> lock(mu_);
  return warnings_;
}

}  // namespace dyad
