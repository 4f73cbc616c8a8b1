// Flags: a small command-line parser for dyad's subcommands.
//
// Accepts `--name value`, `--name=value`, boolean `--name`, `-` as a
// positional (standard input) and `--` to end options. Each command declares
// its flags first; an undeclared flag or a missing value is an error whose
// message names the flag and points at `dyad <command> --help`.
// Internal to the CLI (src/cli/); not part of the public API.
#ifndef DYAD_CLI_FLAGS_H_
#define DYAD_CLI_FLAGS_H_

#include <map>
#include <string>
#include <vector>

#include "dyad/status.h"

namespace dyad::cli {

class Flags {
 public:
  explicit Flags(std::string command) : command_(std::move(command)) {}

  // Declares a flag taking a value, with its default and help text.
  void Value(const std::string& name, std::string default_value,
             std::string help);
  // Declares a boolean flag (false unless given).
  void Bool(const std::string& name, std::string help);

  // Parses argv (without the program and command names). On error, the
  // flags keep their defaults and the status says what to fix.
  Status Parse(const std::vector<std::string>& args);

  const std::string& Get(const std::string& name) const;
  bool IsSet(const std::string& name) const;  // given on the command line
  bool GetBool(const std::string& name) const;
  // Parses the value as an integer in [min, max].
  Result<long long> GetInt(const std::string& name, long long min,
                           long long max) const;
  const std::vector<std::string>& positional() const { return positional_; }

  // The option list for --help.
  std::string Help() const;

 private:
  struct Flag {
    bool is_bool = false;
    std::string value;
    std::string help;
    bool set = false;
  };
  std::string command_;
  std::map<std::string, Flag> flags_;
  std::vector<std::string> order_;
  std::vector<std::string> positional_;
};

}  // namespace dyad::cli

#endif  // DYAD_CLI_FLAGS_H_
