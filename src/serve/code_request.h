// CodeRequest: what POST /v1/code does with its body, apart from HTTP:
// read the documents the body holds (by content type), give each a language,
// code it, and answer with every document's status and the events.
// Internal to the server (src/serve/); the API is docs/API.md.
//
// Thread-safe: every call is independent (the Coder is const).
#ifndef DYAD_SERVE_CODE_REQUEST_H_
#define DYAD_SERVE_CODE_REQUEST_H_

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/coder.h"
#include "dyad/event_store.h"
#include "dyad/status.h"

namespace dyad::serve {

struct CodeParams {
  std::string content_type;  // the request's, parameters (";...") ignored
  std::string lang;          // for documents giving none; "" = identify
  std::string date;          // for documents giving none; "" = none
};

// Every posted document as it will be stored and answered.
struct CodeResult {
  std::vector<DocumentRecord> documents;
};

// Reads and codes `body`. `next_id` numbers documents without an id
// ("posted-N"). InvalidArgument for a bad parameter or a body that is not
// what its type says (a JSON object that does not parse or has no text);
// kUnavailable-free: coding failures are skipped documents, not errors.
// The returned status's message says what to send instead.
Result<CodeResult> CodeBody(const Coder& coder, const CodeParams& params,
                            std::string_view body,
                            std::atomic<int64_t>* next_id);

// The JSON answer: {"documents": [...], "events": [...]} (docs/API.md),
// plus "stored" counts when `stored` is given.
std::string CodeResultJson(const CodeResult& result, const PutCounts* stored);

}  // namespace dyad::serve

#endif  // DYAD_SERVE_CODE_REQUEST_H_
