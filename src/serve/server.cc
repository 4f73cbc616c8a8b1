#include "serve/server.h"

#include <httplib.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <vector>

#include "dyad/data_dir.h"
#include "dyad/event_store.h"
#include "dyad/event_writer.h"
#include "serve/code_request.h"
#include "store/event_export.h"

namespace dyad::serve {
namespace {

constexpr char kJson[] = "application/json";
constexpr int64_t kDefaultLimit = 100, kMaxLimit = 1000;

constexpr char kNoWebPage[] =
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>dyad</title>"
    "</head><body><h1>dyad serve</h1><p>The web page is not built: run "
    "<code>make web</code> in the dyad source tree (or give its directory "
    "with <code>--web DIR</code>). The JSON API is running: try "
    "<a href=\"/v1/events\">/v1/events</a>, <a href=\"/v1/stats\">/v1/stats"
    "</a>, <a href=\"/healthz\">/healthz</a> (docs/API.md).</p></body></html>"
    "\n";

// The error body of docs/API.md.
std::string ErrorJson(std::string_view code, std::string_view message) {
  std::string out = "{\"error\":{\"code\":";
  AppendJsonString(code, &out);
  out.append(",\"message\":");
  AppendJsonString(message, &out);
  out.append("}}\n");
  return out;
}

void SendError(httplib::Response& res, int status, std::string_view code,
               std::string_view message) {
  res.status = status;
  res.set_content(ErrorJson(code, message), kJson);
}

// A failed Status as an HTTP answer: the caller's fault (400) or ours.
void SendStatus(httplib::Response& res, const Status& s) {
  switch (s.code()) {
    case StatusCode::kInvalidArgument:
    case StatusCode::kDataLoss:
      SendError(res, 400, "bad_request", s.message());
      break;
    case StatusCode::kNotFound:
      SendError(res, 404, "not_found", s.message());
      break;
    case StatusCode::kResourceExhausted:
      SendError(res, 413, "payload_too_large", s.message());
      break;
    case StatusCode::kUnavailable:
      SendError(res, 503, "unavailable", s.message());
      break;
    default:
      SendError(res, 500, "internal",
                s.message() + " (a bug in dyad: please report it)");
  }
}

std::string Number(double v) {
  char buf[32];
  int n = std::snprintf(buf, sizeof buf, "%.10g", v);
  return std::string(buf, static_cast<size_t>(n));
}

// EventStore connections, one per concurrent request, kept for reuse.
class StorePool {
 public:
  explicit StorePool(std::string path) : path_(std::move(path)) {}

  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<EventStore> store)
        : pool_(pool), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    ~Lease() {
      if (store_) pool_->Release(std::move(store_));
    }
    EventStore* operator->() { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<EventStore> store_;
  };

  Result<Lease> Acquire() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!free_.empty()) {
        std::unique_ptr<EventStore> s = std::move(free_.back());
        free_.pop_back();
        return Lease(this, std::move(s));
      }
    }
    auto s = EventStore::Open(path_, /*create=*/true);
    if (!s.ok()) return s.status();
    return Lease(this, std::move(s).value());
  }

 private:
  void Release(std::unique_ptr<EventStore> s) {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(std::move(s));
  }

  std::string path_;
  std::mutex mu_;
  std::vector<std::unique_ptr<EventStore>> free_;  // guarded by mu_
};

const char* const kFilterParams[] = {
    "from", "to",     "country", "actor",   "source", "target",   "root",
    "code", "plover", "place",   "negated", "doc",    "one_a_day"};

Status ParseBool(const httplib::Request& req, const std::string& name,
                 std::optional<bool>* out) {
  if (!req.has_param(name)) return Status::Ok();
  const std::string v = req.get_param_value(name);
  if (v.empty()) return Status::Ok();
  if (v == "true" || v == "1") {
    *out = true;
  } else if (v == "false" || v == "0") {
    *out = false;
  } else {
    return Status::InvalidArgument(name + " '" + v +
                                   "' is not a boolean; write true or false");
  }
  return Status::Ok();
}

Status ParseInt(const httplib::Request& req, const std::string& name,
                int64_t min, int64_t max, int64_t* out) {
  if (!req.has_param(name) || req.get_param_value(name).empty()) {
    return Status::Ok();
  }
  const std::string v = req.get_param_value(name);
  char* end = nullptr;
  errno = 0;
  long long n = std::strtoll(v.c_str(), &end, 10);
  if (errno != 0 || end == v.c_str() || *end != '\0' || n < min || n > max) {
    return Status::InvalidArgument(
        name + " '" + v + "' must be a number from " + std::to_string(min) +
        " to " + std::to_string(max));
  }
  *out = n;
  return Status::Ok();
}

// The request's parameters must all be known (a typo would silently widen
// a query otherwise).
Status CheckParams(const httplib::Request& req,
                   std::initializer_list<const char*> extra, bool filters) {
  for (const auto& [name, value] : req.params) {
    bool known = false;
    if (filters) {
      for (const char* p : kFilterParams) known = known || name == p;
    }
    for (const char* p : extra) known = known || name == p;
    if (!known) {
      std::string list;
      if (filters) {
        for (const char* p : kFilterParams) list.append(p).append(", ");
      }
      for (const char* p : extra) list.append(p).append(", ");
      if (list.size() >= 2) list.resize(list.size() - 2);
      return Status::InvalidArgument("unknown parameter '" + name +
                                     "'; known: " + list);
    }
  }
  return Status::Ok();
}

Status QueryFromParams(const httplib::Request& req, EventQuery* q) {
  auto get = [&](const char* name) {
    return req.has_param(name) ? req.get_param_value(name) : std::string();
  };
  q->from = get("from");
  q->to = get("to");
  q->country = get("country");
  q->actor = get("actor");
  q->source = get("source");
  q->target = get("target");
  q->root = get("root");
  q->code = get("code");
  q->plover = get("plover");
  q->place = get("place");
  q->doc = get("doc");
  DYAD_RETURN_IF_ERROR(ParseBool(req, "negated", &q->negated));
  std::optional<bool> one_a_day;
  DYAD_RETURN_IF_ERROR(ParseBool(req, "one_a_day", &one_a_day));
  q->one_a_day = one_a_day.value_or(false);
  return q->Validate();
}

}  // namespace

std::string DefaultWebDir() {
  std::filesystem::path data = DefaultDataDir();
  return (data.parent_path() / "web" / "dist").string();
}

struct Server::Impl {
  Impl(const Coder& c, ServerOptions o)
      : coder(c), options(std::move(o)), stores(options.db_path) {}

  void Routes();
  void Healthz(httplib::Response& res);
  void Code(const httplib::Request& req, httplib::Response& res);
  void Events(const httplib::Request& req, httplib::Response& res);
  void Stats(const httplib::Request& req, httplib::Response& res);

  const Coder& coder;
  ServerOptions options;
  StorePool stores;
  std::atomic<int64_t> posted{0};
  httplib::Server http;
};

void Server::Impl::Routes() {
  const int threads = options.threads < 1 ? 1 : options.threads;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(options.max_body);
  http.set_keep_alive_max_count(1000);
  // Headers and body go out in separate writes: without TCP_NODELAY, Nagle
  // and the client's delayed ACK add 40 ms to every small answer.
  http.set_tcp_nodelay(true);
  http.set_read_timeout(30);
  http.set_write_timeout(30);

  std::error_code ec;
  if (!options.web_dir.empty() &&
      std::filesystem::is_directory(options.web_dir, ec)) {
    http.set_mount_point("/", options.web_dir);
  } else {
    http.Get("/", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kNoWebPage, "text/html; charset=utf-8");
    });
  }
  http.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) {
    Healthz(res);
  });
  http.Post("/v1/code", [this](const httplib::Request& req,
                               httplib::Response& res) { Code(req, res); });
  http.Get("/v1/events", [this](const httplib::Request& req,
                                httplib::Response& res) { Events(req, res); });
  http.Get("/v1/stats", [this](const httplib::Request& req,
                               httplib::Response& res) { Stats(req, res); });

  // Every error answer carries the JSON error body.
  const size_t max_body = options.max_body;
  http.set_error_handler([max_body](const httplib::Request& req,
                                    httplib::Response& res) {
    if (!res.body.empty()) return;
    switch (res.status) {
      case 404:
        SendError(res, 404, "not_found",
                  "no such endpoint: " + req.method + " " + req.path +
                      "; see docs/API.md (GET /healthz, POST /v1/code, GET "
                      "/v1/events, GET /v1/stats)");
        break;
      case 413:
        SendError(res, 413, "payload_too_large",
                  "the body is over the limit of " + std::to_string(max_body) +
                      " bytes; send less, or start dyad serve with a larger "
                      "--max-body");
        break;
      case 400:
        SendError(res, 400, "bad_request",
                  "the request could not be read; see docs/API.md");
        break;
      default:
        SendError(res, res.status, "error",
                  "HTTP " + std::to_string(res.status));
    }
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res,
                                std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    SendError(res, 500, "internal",
              "internal error: " + what + " (a bug in dyad: please report it)");
  });
}

void Server::Impl::Healthz(httplib::Response& res) {
  auto store = stores.Acquire();
  if (!store.ok()) return SendStatus(res, store.status());
  auto t = (*store)->Totals();
  if (!t.ok()) return SendStatus(res, t.status());
  res.set_content("{\"status\":\"ok\",\"events\":" + std::to_string(t->events) +
                      ",\"documents\":" + std::to_string(t->documents) + "}\n",
                  kJson);
}

void Server::Impl::Code(const httplib::Request& req, httplib::Response& res) {
  if (Status s = CheckParams(req, {"lang", "date", "store"}, false); !s.ok()) {
    return SendStatus(res, s);
  }
  std::optional<bool> store;
  if (Status s = ParseBool(req, "store", &store); !s.ok()) {
    return SendStatus(res, s);
  }
  CodeParams params;
  params.content_type = req.get_header_value("Content-Type");
  if (req.has_param("lang")) params.lang = req.get_param_value("lang");
  if (req.has_param("date")) params.date = req.get_param_value("date");
  auto result = CodeBody(coder, params, req.body, &posted);
  if (!result.ok()) {
    if (result.status().message().rfind("unsupported Content-Type", 0) == 0) {
      return SendError(res, 415, "unsupported_media_type",
                       result.status().message());
    }
    return SendStatus(res, result.status());
  }
  PutCounts counts;
  if (store.value_or(false)) {
    auto db = stores.Acquire();
    if (!db.ok()) return SendStatus(res, db.status());
    if (Status s = (*db)->Put(result->documents, &counts); !s.ok()) {
      return SendStatus(res, s);
    }
  }
  res.set_content(
      CodeResultJson(*result, store.value_or(false) ? &counts : nullptr),
      kJson);
}

void Server::Impl::Events(const httplib::Request& req, httplib::Response& res) {
  EventQuery q;
  q.limit = kDefaultLimit;
  Status s = CheckParams(req, {"limit", "offset"}, true);
  if (s.ok()) s = QueryFromParams(req, &q);
  if (s.ok()) s = ParseInt(req, "limit", 0, kMaxLimit, &q.limit);
  if (s.ok()) s = ParseInt(req, "offset", 0, int64_t{1} << 62, &q.offset);
  if (!s.ok()) return SendStatus(res, s);
  auto store = stores.Acquire();
  if (!store.ok()) return SendStatus(res, store.status());
  auto total = (*store)->Count(q);
  if (!total.ok()) return SendStatus(res, total.status());
  std::string out = "{\"total\":" + std::to_string(*total) +
                    ",\"offset\":" + std::to_string(q.offset) +
                    ",\"limit\":" + std::to_string(q.limit) + ",\"events\":[";
  bool first = true;
  s = (*store)->ForEach(q, [&](const StoredEvent& e) {
    if (!first) out.push_back(',');
    first = false;
    AppendStoredEventJson(e, &out);
    out.pop_back();  // its '\n'
    return true;
  });
  if (!s.ok()) return SendStatus(res, s);
  out.append("]}\n");
  res.set_content(out, kJson);
}

void Server::Impl::Stats(const httplib::Request& req, httplib::Response& res) {
  EventQuery q;
  Period period = Period::kDay;
  int64_t top = 20;
  Status s = CheckParams(req, {"period", "top"}, true);
  if (s.ok()) s = QueryFromParams(req, &q);
  if (s.ok()) s = ParseInt(req, "top", 1, kMaxLimit, &top);
  if (s.ok() && req.has_param("period") &&
      !req.get_param_value("period").empty() &&
      !ParsePeriod(req.get_param_value("period"), &period)) {
    s = Status::InvalidArgument("period '" + req.get_param_value("period") +
                                "' is not day, week or month");
  }
  if (!s.ok()) return SendStatus(res, s);
  auto store = stores.Acquire();
  if (!store.ok()) return SendStatus(res, store.status());
  auto timeline = (*store)->Timeline(q, period);
  if (!timeline.ok()) return SendStatus(res, timeline.status());
  auto dyads = (*store)->TopDyads(q, top);
  if (!dyads.ok()) return SendStatus(res, dyads.status());
  auto actors = (*store)->TopActors(q, top);
  if (!actors.ok()) return SendStatus(res, actors.status());
  auto countries = (*store)->Countries(q, top);
  if (!countries.ok()) return SendStatus(res, countries.status());

  std::string out =
      "{\"period\":\"" + std::string(PeriodName(period)) + "\",\"timeline\":[";
  for (size_t i = 0; i < timeline->size(); ++i) {
    const PeriodRow& r = (*timeline)[i];
    if (i > 0) out.push_back(',');
    out.append("{\"period\":");
    AppendJsonString(r.period, &out);
    out.append(",\"quad\":{");
    for (int k = 0; k < 4; ++k) {
      if (k > 0) out.push_back(',');
      out.append("\"" + std::to_string(k + 1) +
                 "\":" + std::to_string(r.quad[k]));
    }
    out.append("},\"events\":").append(std::to_string(r.events));
    out.append(",\"goldstein\":").append(Number(r.goldstein)).append("}");
  }
  out.append("],\"dyads\":[");
  for (size_t i = 0; i < dyads->size(); ++i) {
    const DyadRow& r = (*dyads)[i];
    if (i > 0) out.push_back(',');
    out.append("{\"source\":");
    AppendJsonString(r.source, &out);
    out.append(",\"target\":");
    AppendJsonString(r.target, &out);
    out.append(",\"events\":").append(std::to_string(r.events));
    out.append(",\"goldstein\":").append(Number(r.goldstein)).append("}");
  }
  out.append("],\"actors\":[");
  for (size_t i = 0; i < actors->size(); ++i) {
    if (i > 0) out.push_back(',');
    out.append("{\"actor\":");
    AppendJsonString((*actors)[i].actor, &out);
    out.append(",\"events\":").append(std::to_string((*actors)[i].events));
    out.push_back('}');
  }
  out.append("],\"countries\":[");
  for (size_t i = 0; i < countries->size(); ++i) {
    const CountryRow& r = (*countries)[i];
    if (i > 0) out.push_back(',');
    out.append("{\"country\":");
    AppendJsonString(r.country, &out);
    out.append(",\"events\":").append(std::to_string(r.events));
    out.append(",\"lat\":").append(r.lat ? Number(*r.lat) : "null");
    out.append(",\"lon\":").append(r.lon ? Number(*r.lon) : "null");
    out.push_back('}');
  }
  out.append("]}\n");
  res.set_content(out, kJson);
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() { Stop(); }

Result<std::unique_ptr<Server>> Server::Create(const Coder& coder,
                                               ServerOptions options) {
  auto impl = std::make_unique<Impl>(coder, std::move(options));
  // Open once now, so a bad --db fails before the server starts, and
  // continue the posted-N numbering of a previous run.
  auto store = impl->stores.Acquire();
  if (!store.ok()) return store.status();
  auto max_posted = (*store)->MaxNumberedId("posted-");
  if (!max_posted.ok()) return max_posted.status();
  impl->posted = *max_posted;
  impl->Routes();
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Result<int> Server::Bind(const std::string& host, int port) {
  int bound = port;
  if (port == 0) {
    bound = impl_->http.bind_to_any_port(host);
    if (bound <= 0) bound = -1;
  } else if (!impl_->http.bind_to_port(host, port)) {
    bound = -1;
  }
  if (bound < 0) {
    return Status::Unavailable("cannot listen on " + host + ":" +
                               std::to_string(port) +
                               " (in use, or not allowed); choose another "
                               "--port");
  }
  return bound;
}

Status Server::Serve() {
  if (!impl_->http.listen_after_bind()) {
    return Status::Unavailable(
        "the server stopped: could not accept "
        "connections");
  }
  return Status::Ok();
}

void Server::Stop() {
  if (impl_) impl_->http.stop();
}

bool Server::is_running() const { return impl_->http.is_running(); }

}  // namespace dyad::serve
