#include "dyad/data_dir.h"

#include <cstdlib>
#include <filesystem>

namespace dyad {

std::string DefaultDataDir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("DYAD_DATA"); env && *env) return env;
  std::error_code ec;
  // Installed layout: <prefix>/bin/dyad → <prefix>/share/dyad/data.
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share/dyad/data";
    if (fs::is_directory(installed, ec)) return installed.string();
  }
#ifdef DYAD_SOURCE_DATA_DIR
  if (fs::is_directory(DYAD_SOURCE_DATA_DIR, ec)) return DYAD_SOURCE_DATA_DIR;
#endif
#ifdef DYAD_INSTALL_DATA_DIR
  if (fs::is_directory(DYAD_INSTALL_DATA_DIR, ec)) return DYAD_INSTALL_DATA_DIR;
#endif
  return "data";
}

}  // namespace dyad
