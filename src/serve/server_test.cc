// The HTTP API of docs/API.md, served in-process on an ephemeral port and
// called with cpp-httplib's client.
#include "serve/server.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

namespace dyad::serve {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr char kFrench[] =
    "L'armée turque a bombardé des positions syriennes près d'Idleb lundi. "
    "Le ministre turc de la Défense a accusé l'armée syrienne.";

class ServerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto c = Coder::Create({DYAD_SOURCE_DATA_DIR, {"fr", "en"}, {}});
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    coder_ = std::move(c).value().release();
  }

  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("dyad_serve_test_" + std::to_string(getpid()) + "_" +
            testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    Start(8 << 20);
  }

  void Start(size_t max_body) {
    ServerOptions o;
    o.db_path = (dir_ / "events.sqlite").string();
    o.web_dir = (dir_ / "no-web").string();
    o.max_body = max_body;
    o.threads = 4;
    auto s = Server::Create(*coder_, o);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    server_ = std::move(s).value();
    auto port = server_->Bind("127.0.0.1", 0);
    ASSERT_TRUE(port.ok()) << port.status().ToString();
    port_ = *port;
    thread_ = std::thread([this] { EXPECT_TRUE(server_->Serve().ok()); });
    for (int i = 0; i < 200 && !server_->is_running(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  }

  void Stop() {
    if (!server_) return;
    server_->Stop();
    thread_.join();
    server_.reset();
  }

  void TearDown() override {
    Stop();
    fs::remove_all(dir_);
  }

  httplib::Client Client() {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(60);
    return c;
  }

  // Posts and parses; `status` is the HTTP status expected.
  json Post(const std::string& path, const std::string& body,
            const std::string& type, int status) {
    auto res = Client().Post(path, body, type);
    EXPECT_TRUE(res) << "no answer to POST " << path;
    if (!res) return json();
    EXPECT_EQ(res->status, status) << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
    return json::parse(res->body, nullptr, /*allow_exceptions=*/false);
  }

  json Get(const std::string& path, int status) {
    auto res = Client().Get(path);
    EXPECT_TRUE(res) << "no answer to GET " << path;
    if (!res) return json();
    EXPECT_EQ(res->status, status) << res->body;
    return json::parse(res->body, nullptr, /*allow_exceptions=*/false);
  }

  static Coder* coder_;
  fs::path dir_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  int port_ = 0;
};

Coder* ServerTest::coder_ = nullptr;

TEST_F(ServerTest, Healthz) {
  json j = Get("/healthz", 200);
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["events"], 0);
  EXPECT_EQ(j["documents"], 0);
}

TEST_F(ServerTest, CodesPlainText) {
  json j = Post("/v1/code?lang=fr&date=2020-02-17", kFrench, "text/plain", 200);
  ASSERT_EQ(j["documents"].size(), 1u);
  EXPECT_EQ(j["documents"][0]["id"], "posted-1");
  EXPECT_EQ(j["documents"][0]["status"], "coded");
  EXPECT_TRUE(j["documents"][0]["reason"].is_null());
  EXPECT_EQ(j["documents"][0]["text"], kFrench);
  ASSERT_GE(j["events"].size(), 1u);
  EXPECT_EQ(j["documents"][0]["events"], j["events"].size());
  const json& e = j["events"][0];
  EXPECT_EQ(e["doc_id"], "posted-1");
  // The context locates the event's words by byte offsets.
  const std::string ctx = e["context"]["text"];
  const int begin = e["context"]["begin"];
  const int tb = e["trigger"]["span"][0], te = e["trigger"]["span"][1];
  EXPECT_EQ(ctx.substr(tb - begin, te - tb), e["trigger"]["text"]);
  // Without store=1 nothing is kept.
  EXPECT_EQ(Get("/healthz", 200)["documents"], 0);
}

TEST_F(ServerTest, CodesOneJsonArticle) {
  json article = {{"id", "a1"},
                  {"text", kFrench},
                  {"lang", "fr"},
                  {"date", "2020-02-17"},
                  {"url", "https://example.org/a1"}};
  json j = Post("/v1/code?store=1", article.dump(2), "application/json", 200);
  ASSERT_EQ(j["documents"].size(), 1u);
  EXPECT_EQ(j["documents"][0]["id"], "a1");
  EXPECT_EQ(j["stored"]["added"], 1);
  json again = Post("/v1/code?store=1", article.dump(),
                    "application/json; charset=utf-8", 200);
  EXPECT_EQ(again["stored"]["unchanged"], 1);
  json events = Get("/v1/events?doc=a1", 200);
  EXPECT_EQ(events["total"], j["events"].size());
}

TEST_F(ServerTest, CodesJsonLinesAndReportsBadLines) {
  std::string body =
      json({{"id", "n1"}, {"text", kFrench}}).dump() + "\n" +
      "{\"id\": \"n2\", \"text\": \n" +
      json({{"id", "n3"},
            {"text",
             "Die Bundesregierung hat am Montag neue "
             "Maßnahmen angekündigt, teilte ein "
             "Sprecher in Berlin mit."}})
          .dump() +
      "\n" + json({{"text", "The army attacked rebels near Aleppo."}}).dump() +
      "\n";
  json j = Post("/v1/code?store=true", body, "application/x-ndjson", 200);
  ASSERT_EQ(j["documents"].size(), 4u);
  EXPECT_EQ(j["documents"][0]["status"], "coded");
  EXPECT_EQ(j["documents"][1]["status"], "skipped");
  EXPECT_NE(j["documents"][1]["reason"].get<std::string>().find("bad JSON"),
            std::string::npos);
  EXPECT_EQ(j["documents"][2]["status"], "skipped");
  EXPECT_NE(j["documents"][2]["reason"].get<std::string>().find("'de'"),
            std::string::npos);
  EXPECT_EQ(j["documents"][3]["status"], "coded");
  EXPECT_EQ(j["documents"][3]["lang"], "en");
  EXPECT_EQ(j["stored"]["added"], 4);  // skipped ones are kept too
  EXPECT_EQ(Get("/healthz", 200)["documents"], 4);
}

TEST_F(ServerTest, BadRequestsGet4xxWithAJsonError) {
  json j = Post("/v1/code", "{\"id\": 1, ", "application/json", 400);
  EXPECT_EQ(j["error"]["code"], "bad_request");
  EXPECT_NE(j["error"]["message"].get<std::string>().find("not valid JSON"),
            std::string::npos);
  j = Post("/v1/code", "[1, 2]", "application/json", 400);
  EXPECT_EQ(j["error"]["code"], "bad_request");
  j = Post("/v1/code", "{\"id\": \"x\"}", "application/json", 400);
  EXPECT_NE(j["error"]["message"].get<std::string>().find("no text"),
            std::string::npos);
  j = Post("/v1/code?lang=xx", kFrench, "text/plain", 400);
  EXPECT_NE(j["error"]["message"].get<std::string>().find("known: en, fr"),
            std::string::npos);
  j = Post("/v1/code?date=17/02/2020", kFrench, "text/plain", 400);
  EXPECT_NE(j["error"]["message"].get<std::string>().find("YYYY-MM-DD"),
            std::string::npos);
  j = Post("/v1/code", kFrench, "application/pdf", 415);
  EXPECT_EQ(j["error"]["code"], "unsupported_media_type");
  j = Get("/v1/events?from=yesterday", 400);
  EXPECT_NE(j["error"]["message"].get<std::string>().find("YYYY-MM-DD"),
            std::string::npos);
  j = Get("/v1/events?contry=SYR", 400);
  EXPECT_NE(j["error"]["message"].get<std::string>().find("'contry'"),
            std::string::npos);
  j = Get("/v1/events?limit=5000", 400);
  j = Get("/v1/events?negated=maybe", 400);
  j = Get("/v1/stats?period=year", 400);
  j = Get("/v1/nothing", 404);
  EXPECT_EQ(j["error"]["code"], "not_found");
}

TEST_F(ServerTest, TooLargeBodyIs413) {
  Stop();
  Start(1000);
  json j = Post("/v1/code?lang=fr", std::string(5000, 'a'), "text/plain", 413);
  EXPECT_EQ(j["error"]["code"], "payload_too_large");
  // The server still answers.
  EXPECT_EQ(Get("/healthz", 200)["status"], "ok");
}

TEST_F(ServerTest, EventsFiltersAndPaging) {
  std::string body;
  for (int i = 0; i < 3; ++i) {
    body += json({{"id", "d" + std::to_string(i)},
                  {"text", kFrench},
                  {"lang", "fr"},
                  {"date", "2020-02-1" + std::to_string(5 + i)}})
                .dump() +
            "\n";
  }
  json coded = Post("/v1/code?store=1", body, "application/x-ndjson", 200);
  const size_t n = coded["events"].size();
  ASSERT_GE(n, 3u);
  json all = Get("/v1/events", 200);
  EXPECT_EQ(all["total"], n);
  EXPECT_EQ(all["limit"], 100);
  EXPECT_EQ(all["events"][0]["mentions"], 1);
  json page = Get("/v1/events?limit=2&offset=1", 200);
  EXPECT_EQ(page["total"], n);
  ASSERT_EQ(page["events"].size(), 2u);
  EXPECT_EQ(page["events"][0]["event_id"], all["events"][1]["event_id"]);
  json doc = Get("/v1/events?doc=d1", 200);
  EXPECT_EQ(doc["total"], n / 3);
  json dated = Get("/v1/events?from=2020-02-16&to=2020-02-16", 200);
  for (const json& e : dated["events"]) EXPECT_EQ(e["doc_id"], "d1");
  json turkish = Get("/v1/events?actor=TUR&country=TUR&root=19", 200);
  for (const json& e : turkish["events"]) EXPECT_EQ(e["cameo_root"], "19");
  // One a day: the three documents report the same events on three dates,
  // so nothing merges; within a date they would.
  json merged = Get("/v1/events?one_a_day=true", 200);
  EXPECT_LE(merged["total"].get<size_t>(), n);
  json none = Get("/v1/events?plover=ASSAULT&negated=true", 200);
  EXPECT_EQ(none["total"], 0);
}

TEST_F(ServerTest, Stats) {
  Post("/v1/code?store=1&lang=fr&date=2020-02-17", kFrench, "text/plain", 200);
  json s = Get("/v1/stats?period=month&top=5", 200);
  EXPECT_EQ(s["period"], "month");
  ASSERT_EQ(s["timeline"].size(), 1u);
  EXPECT_EQ(s["timeline"][0]["period"], "2020-02");
  EXPECT_TRUE(s["timeline"][0]["quad"].contains("4"));
  EXPECT_TRUE(s["dyads"].is_array());
  ASSERT_FALSE(s["actors"].empty());
  EXPECT_TRUE(s["actors"][0].contains("events"));
  ASSERT_FALSE(s["countries"].empty());
}

TEST_F(ServerTest, WithoutAWebPageTheRootSaysToBuildIt) {
  auto res = Client().Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("make web"), std::string::npos);
}

TEST_F(ServerTest, ServesTheWebDirectory) {
  Stop();
  fs::create_directories(dir_ / "no-web");
  {
    std::FILE* f = std::fopen((dir_ / "no-web" / "index.html").c_str(), "w");
    std::fputs("<html>page</html>", f);
    std::fclose(f);
  }
  Start(8 << 20);
  auto res = Client().Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->body, "<html>page</html>");
  EXPECT_EQ(Get("/healthz", 200)["status"], "ok");  // the API still answers
}

TEST_F(ServerTest, ConcurrentRequestsFromSeveralThreads) {
  std::atomic<int> ok{0}, failed{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 6; ++t) {
    clients.emplace_back([&, t] {
      httplib::Client c("127.0.0.1", port_);
      c.set_read_timeout(60);
      for (int i = 0; i < 8; ++i) {
        httplib::Result res =
            (i + t) % 2 == 0 ? c.Post("/v1/code?store=1&lang=fr",
                                      json({{"id", "c" + std::to_string(t) +
                                                       "-" + std::to_string(i)},
                                            {"text", kFrench}})
                                          .dump(),
                                      "application/json")
                             : c.Get("/v1/events?limit=5");
        if (res && res->status == 200) {
          ++ok;
        } else {
          ++failed;
        }
      }
    });
  }
  for (auto& c : clients) c.join();
  EXPECT_EQ(ok, 48);
  EXPECT_EQ(failed, 0);
  EXPECT_EQ(Get("/healthz", 200)["documents"], 24);
}

}  // namespace
}  // namespace dyad::serve
