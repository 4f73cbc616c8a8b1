// OrderedPool: runs a job per document on N worker threads and hands the
// results back in submission order.
//
// The submitting thread calls Submit() for each item (blocking while
// `max_pending` items are in flight, so memory stays bounded, until half of
// them are done) and Finish() at the end. `work` runs on a worker thread and
// turns an item into an output; `emit` receives the outputs one at a time, in
// submission order, under an internal lock (it may write to a stream without
// its own lock). With threads == 1 everything runs inline on the caller's
// thread.
//
// Internal to dyad (src/pipeline/); the CLI and the server use it.
#ifndef DYAD_PIPELINE_ORDERED_POOL_H_
#define DYAD_PIPELINE_ORDERED_POOL_H_

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace dyad {

template <typename In, typename Out>
class OrderedPool {
 public:
  using Work = std::function<Out(In&)>;
  using Emit = std::function<void(Out&)>;

  OrderedPool(int threads, size_t max_pending, Work work, Emit emit)
      : work_(std::move(work)),
        emit_(std::move(emit)),
        max_pending_(max_pending < 1 ? 1 : max_pending),
        low_water_(max_pending_ / 2) {
    if (threads > 1) {
      for (int i = 0; i < threads; ++i)
        workers_.emplace_back([this] { Loop(); });
    }
  }
  ~OrderedPool() { Finish(); }

  void Submit(In item) {
    if (workers_.empty()) {
      Out out = work_(item);
      emit_(out);
      return;
    }
    std::unique_lock<std::mutex> lock(mu_);
    if (in_flight_ >= max_pending_) {
      // Full: sleep until the workers have drained half, so that the
      // submitter wakes once per burst rather than once per item (a wake-up
      // and a context switch per document cost 10 % of a two-thread run).
      submitter_waiting_ = true;
      room_.wait(lock, [&] { return in_flight_ <= low_water_; });
      submitter_waiting_ = false;
    }
    queue_.emplace_back(next_in_++, std::move(item));
    ++in_flight_;
    if (idle_workers_ > 0) ready_.notify_one();
  }

  // Waits for every submitted item to be emitted and stops the workers.
  void Finish() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (done_) return;
      done_ = true;
    }
    ready_.notify_all();
    for (auto& t : workers_) t.join();
    workers_.clear();
  }

 private:
  void Loop() {
    for (;;) {
      std::pair<uint64_t, In> job;
      {
        std::unique_lock<std::mutex> lock(mu_);
        while (!done_ && queue_.empty()) {
          ++idle_workers_;
          ready_.wait(lock);
          --idle_workers_;
        }
        if (queue_.empty()) return;  // done_ and drained
        job = std::move(queue_.front());
        queue_.pop_front();
      }
      Out out = work_(job.second);
      std::lock_guard<std::mutex> emit_lock(emit_mu_);
      finished_.emplace(job.first, std::move(out));
      size_t emitted = 0;
      while (!finished_.empty() && finished_.begin()->first == next_out_) {
        emit_(finished_.begin()->second);
        finished_.erase(finished_.begin());
        ++next_out_;
        ++emitted;
      }
      if (emitted > 0) {
        std::lock_guard<std::mutex> lock(mu_);
        in_flight_ -= emitted;
        if (submitter_waiting_ && in_flight_ <= low_water_) room_.notify_one();
      }
    }
  }

  Work work_;
  Emit emit_;
  size_t max_pending_;
  size_t low_water_;  // a full submitter resumes at this many in flight
  std::vector<std::thread> workers_;
  // Guards queue_, in_flight_, next_in_, done_, idle_workers_,
  // submitter_waiting_.
  std::mutex mu_;
  std::condition_variable ready_, room_;
  std::deque<std::pair<uint64_t, In>> queue_;
  size_t in_flight_ = 0;
  int idle_workers_ = 0;            // waiting on ready_
  bool submitter_waiting_ = false;  // waiting on room_
  uint64_t next_in_ = 0;
  bool done_ = false;
  std::mutex emit_mu_;  // guards finished_, next_out_, calls to emit_
  std::map<uint64_t, Out> finished_;
  uint64_t next_out_ = 0;
};

}  // namespace dyad

#endif  // DYAD_PIPELINE_ORDERED_POOL_H_
