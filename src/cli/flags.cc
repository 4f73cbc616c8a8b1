#include "cli/flags.h"

#include <charconv>

namespace dyad::cli {

void Flags::Value(const std::string& name, std::string default_value,
                  std::string help) {
  flags_[name] = Flag{false, std::move(default_value), std::move(help), false};
  order_.push_back(name);
}

void Flags::Bool(const std::string& name, std::string help) {
  flags_[name] = Flag{true, "false", std::move(help), false};
  order_.push_back(name);
}

Status Flags::Parse(const std::vector<std::string>& args) {
  std::map<std::string, Flag> saved = flags_;
  auto fail = [&](std::string msg) {
    flags_ = saved;
    positional_.clear();
    return Status::InvalidArgument(msg + "; see 'dyad " + command_ +
                                   " --help'");
  };
  bool options_done = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (options_done || a == "-" || a.size() < 2 || a[0] != '-') {
      positional_.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    if (a[1] != '-') {
      if (a == "-h") {
        flags_["help"].value = "true";
        flags_["help"].set = true;
        continue;
      }
      return fail("unknown option '" + a + "' (options start with --)");
    }
    std::string name = a.substr(2);
    std::string value;
    bool has_value = false;
    if (size_t eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      has_value = true;
    }
    auto it = flags_.find(name);
    if (it == flags_.end()) return fail("unknown option '--" + name + "'");
    Flag& f = it->second;
    if (f.is_bool) {
      if (has_value && value != "true" && value != "false") {
        return fail("option '--" + name + "' takes no value");
      }
      f.value = has_value ? value : "true";
    } else {
      if (!has_value) {
        if (i + 1 >= args.size()) {
          return fail("option '--" + name + "' needs a value");
        }
        value = args[++i];
      }
      f.value = value;
    }
    f.set = true;
  }
  return Status::Ok();
}

const std::string& Flags::Get(const std::string& name) const {
  static const std::string* const kEmpty = new std::string();
  auto it = flags_.find(name);
  return it == flags_.end() ? *kEmpty : it->second.value;
}

bool Flags::IsSet(const std::string& name) const {
  auto it = flags_.find(name);
  return it != flags_.end() && it->second.set;
}

bool Flags::GetBool(const std::string& name) const {
  return Get(name) == "true";
}

Result<long long> Flags::GetInt(const std::string& name, long long min,
                                long long max) const {
  const std::string& v = Get(name);
  long long n = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || p != v.data() + v.size() || n < min || n > max) {
    return Status::InvalidArgument(
        "option '--" + name + "' must be an integer from " +
        std::to_string(min) + " to " + std::to_string(max) + ", not '" + v +
        "'");
  }
  return n;
}

std::string Flags::Help() const {
  std::string out = "Options:\n";
  for (const std::string& name : order_) {
    const Flag& f = flags_.at(name);
    std::string left = "  --" + name + (f.is_bool ? "" : " VALUE");
    if (left.size() < 24) left.append(24 - left.size(), ' ');
    out += left + " " + f.help;
    if (!f.is_bool && !f.value.empty()) out += " (default: " + f.value + ")";
    out += "\n";
  }
  return out;
}

}  // namespace dyad::cli
