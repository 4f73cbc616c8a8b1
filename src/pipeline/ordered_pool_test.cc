#include "pipeline/ordered_pool.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace dyad {
namespace {

TEST(OrderedPoolTest, EmitsInSubmissionOrderWhateverTheFinishingOrder) {
  for (int threads : {1, 2, 4}) {
    std::vector<int> seen;
    {
      OrderedPool<int, int> pool(
          threads, 8,
          [](int& i) {
            // Early items take longest, so workers finish out of order.
            std::this_thread::sleep_for(std::chrono::microseconds((50 - i) * 20));
            return i * 10;
          },
          [&](int& out) { seen.push_back(out); });
      for (int i = 0; i < 50; ++i) pool.Submit(i);
      pool.Finish();
    }
    ASSERT_EQ(seen.size(), 50u) << "threads=" << threads;
    for (int i = 0; i < 50; ++i) EXPECT_EQ(seen[i], i * 10);
  }
}

TEST(OrderedPoolTest, FinishOnEmptyPoolAndTwiceIsSafe) {
  OrderedPool<std::string, std::string> pool(
      2, 4, [](std::string& s) { return s; }, [](std::string&) {});
  pool.Finish();
  pool.Finish();
}

}  // namespace
}  // namespace dyad
