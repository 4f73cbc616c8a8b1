// The dyad command: hands its arguments to dyad::cli::Main (src/cli/cli.h).
#include <string>
#include <vector>

#include "cli/cli.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return dyad::cli::Main(args, dyad::cli::Streams{});
}
