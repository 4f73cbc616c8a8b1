// libFuzzer target for what POST /v1/code does with a request body
// (serve::CodeBody): read the documents the body holds by content type,
// identify their language, code them with the built-in dictionaries, and
// write the JSON answer.
//
// The first input byte picks the content type (text/plain, application/json,
// application/x-ndjson, none, or an unsupported one) and whether a language
// is given; the rest is the body. Checks that a request is either refused
// with a message or answered with valid JSON, that every document is coded
// or skipped with a reason, and that every event's spans lie inside its
// document's text.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "dyad/coder.h"
#include "serve/code_request.h"

namespace {

constexpr size_t kMaxInputBytes = 64 << 10;

const dyad::Coder& SharedCoder() {
  static dyad::Coder* coder = [] {
    auto c = dyad::Coder::Create({});
    if (!c.ok()) std::abort();  // the built-in data must load
    return std::move(c).value().release();
  }();
  return *coder;
}

bool Inside(const dyad::Span& s, size_t size) {
  return s.begin <= s.end && s.end <= size;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > kMaxInputBytes) return 0;
  static const char* const kTypes[] = {"text/plain", "application/json",
                                       "application/x-ndjson", "",
                                       "image/png"};
  dyad::serve::CodeParams params;
  params.content_type = kTypes[data[0] % 5];
  params.lang = (data[0] & 0x80) ? "fr" : "";
  params.date = (data[0] & 0x40) ? "2020-02-15" : "";
  std::string_view body(reinterpret_cast<const char*>(data) + 1, size - 1);
  static std::atomic<int64_t> next_id{1};
  auto result = dyad::serve::CodeBody(SharedCoder(), params, body, &next_id);
  if (!result.ok()) {
    if (result.status().message().empty()) std::abort();  // say what to do
    return 0;
  }
  for (const dyad::DocumentRecord& d : result->documents) {
    if (!d.coded && d.reason.empty()) std::abort();  // accounted for
    for (const dyad::Event& e : d.events) {
      const size_t n = d.doc.text.size();
      if (!Inside(e.span, n) || !Inside(e.trigger_span, n)) std::abort();
      if (e.source && !Inside(e.source->span, n)) std::abort();
      if (e.target && !Inside(e.target->span, n)) std::abort();
    }
  }
  std::string json = dyad::serve::CodeResultJson(*result, nullptr);
  if (!nlohmann::json::accept(json)) std::abort();
  return 0;
}
