// Status and Result<T>: how every fallible dyad call reports failure.
//
// No exception crosses the public API and the library never exits: a function
// that can fail returns a Status (or a Result<T> carrying either a value or a
// non-OK Status). Messages say what went wrong and, where possible, what to do.
// Both types are cheap to move; an OK Status holds no allocation.
#ifndef DYAD_STATUS_H_
#define DYAD_STATUS_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace dyad {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // bad usage or bad input: the caller can fix it
  kNotFound,         // a file, resource or key is missing
  kDataLoss,         // input that cannot be decoded (bad UTF-8, bad JSON)
  kResourceExhausted,  // over a configured limit (document size, ...)
  kUnavailable,      // a system resource failed (I/O error)
  kInternal,         // a bug in dyad: report it
};

// The name of a code, for messages ("invalid argument").
std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message);

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(StatusCode::kInvalidArgument, std::move(msg));
  }
  static Status NotFound(std::string msg) {
    return Status(StatusCode::kNotFound, std::move(msg));
  }
  static Status DataLoss(std::string msg) {
    return Status(StatusCode::kDataLoss, std::move(msg));
  }
  static Status ResourceExhausted(std::string msg) {
    return Status(StatusCode::kResourceExhausted, std::move(msg));
  }
  static Status Unavailable(std::string msg) {
    return Status(StatusCode::kUnavailable, std::move(msg));
  }
  static Status Internal(std::string msg) {
    return Status(StatusCode::kInternal, std::move(msg));
  }

  bool ok() const { return state_ == nullptr; }
  StatusCode code() const { return ok() ? StatusCode::kOk : state_->code; }
  // Empty for an OK status.
  const std::string& message() const;
  // "invalid argument: <message>", or "OK".
  std::string ToString() const;

  // Ignores the status explicitly (for best-effort calls).
  void IgnoreError() const {}

 private:
  struct State {
    StatusCode code;
    std::string message;
  };
  std::shared_ptr<const State> state_;  // null when OK
};

// Either a T or a non-OK Status. Accessing value() of a failed Result is a
// programming error (checked by assert in debug builds).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}  // NOLINT: must be non-OK

  bool ok() const { return std::holds_alternative<T>(v_); }
  Status status() const {
    return ok() ? Status::Ok() : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace dyad

// Returns from the enclosing function when `expr` (a Status) is not OK.
#define DYAD_RETURN_IF_ERROR(expr)              \
  do {                                          \
    ::dyad::Status dyad_status_ = (expr);       \
    if (!dyad_status_.ok()) return dyad_status_; \
  } while (0)

#endif  // DYAD_STATUS_H_
